import type { App } from 'aws-cdk-lib';
import { EdgeStack } from './edge-stack';
import { PortalStack, type PortalStackProps } from './portal-stack';
import { deploymentEnv, edgeStackNameOf, readSettings, stackNameOf, stageOf } from './settings';

export interface Portal {
  readonly stack: PortalStack;
  /** Only with `-c waf=true`: the us-east-1 stack holding the CloudFront web ACL. */
  readonly edge?: EdgeStack;
}

/**
 * The stacks of one stage: `Guichet-<stage>` in the chosen region and, when WAF is
 * asked for, `Guichet-<stage>-edge` in us-east-1, which `cdk deploy Guichet-<stage>`
 * deploys first: the cross-region reference to the web ACL makes the portal stack
 * depend on it.
 */
export function addPortal(app: App, props: Omit<PortalStackProps, 'env'> = {}, env: NodeJS.ProcessEnv = process.env): Portal {
  const stage = stageOf(app.node, props.settings?.stage);
  const target = deploymentEnv(app.node, env);
  const settings = readSettings(app.node, { ...props.settings, stage });
  const edge = settings.waf
    ? new EdgeStack(app, edgeStackNameOf(stage), {
        env: { account: target.account, region: 'us-east-1' },
        namePrefix: `guichet-${stage}`,
        crossRegionReferences: true,
        terminationProtection: stage === 'production',
      })
    : undefined;
  const stack = new PortalStack(app, stackNameOf(stage), {
    ...props,
    env: target,
    crossRegionReferences: edge !== undefined,
    webAclArn: edge?.webAclArn,
  });
  return { stack, edge };
}
