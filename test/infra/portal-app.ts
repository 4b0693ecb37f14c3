/**
 * Builds the Guichet app the way `cdk synth` does (cdk.json context, AWS Solutions
 * checks) so the infra tests assert on the same template that gets deployed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addPortal, type Portal } from '../../infra/portal';
import { PortalStack, type PortalStackProps } from '../../infra/portal-stack';
import { stackNameOf, stageOf } from '../../infra/settings';

const here = dirname(fileURLToPath(import.meta.url));

/** A one-file stand-in for frontend/dist, so the site deployment is always in the template. */
export const SITE_FIXTURE = resolve(here, 'fixtures/site');

export const ENV = { account: '111122223333', region: 'eu-west-3' } as const;

const cdkJson = JSON.parse(readFileSync(resolve(here, '../../cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};

/** The context `cdk` passes the app from cdk.json (feature flags included). */
export const CDK_JSON_CONTEXT = cdkJson.context;

export interface BuildOptions {
  /** Real esbuild bundling; otherwise skipped to keep template tests fast. */
  readonly bundle?: boolean;
  /** CDK's built-in CloudFormation schema validation (about 8 s per synth). */
  readonly cfnValidation?: boolean;
  readonly context?: Record<string, unknown>;
  readonly outdir?: string;
  readonly props?: PortalStackProps;
}

const outdirs: string[] = [];

/** A fresh cloud-assembly folder per app, removed by `removeAssemblies`. */
export function tempOutdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-cdk-'));
  outdirs.push(dir);
  return dir;
}

/** Call from afterAll: each synth stages assets (the site deployment's CLI layer is ~20 MB). */
export function removeAssemblies(): void {
  for (const dir of outdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function buildPortal(options: BuildOptions = {}): { app: App; stack: PortalStack } {
  const app = new App({
    outdir: options.outdir ?? tempOutdir(),
    builtinCloudFormationValidation: options.cfnValidation ?? false,
    context: {
      ...cdkJson.context,
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      ...options.context,
    },
  });
  const stackName = stackNameOf(stageOf(app.node, options.props?.settings?.stage));
  const stack = new PortalStack(app, stackName, { env: ENV, siteAssetsPath: SITE_FIXTURE, ...options.props });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

/** Synthesizes (which runs cdk-nag and throws on any unacknowledged finding). */
export function templateOf(options: BuildOptions = {}): Template {
  return Template.fromStack(buildPortal(options).stack);
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** Every Allow statement in the inline policies attached to the role of the function running `handler`. */
export function statementsOf(template: Template, handler: 'api' | 'documents' | 'scheduler'): Statement[] {
  const functions = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: `index.${handler}` } }));
  if (functions.length !== 1) throw new Error(`expected one ${handler} function, found ${functions.length}`);
  const roleId = (functions[0]!.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => (policy.Properties.Roles as unknown[]).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId })))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
    .filter((s) => s.Effect === 'Allow');
}

export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

export function resourcesOf(statement: Statement): unknown[] {
  return Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
}

/**
 * The app exactly as infra/app.ts composes it (stage, region, edge stack), from the
 * context and a process environment given here instead of the real one.
 */
export function buildStage(options: { context?: Record<string, unknown>; env?: NodeJS.ProcessEnv } = {}): {
  app: App;
  portal: Portal;
} {
  const app = new App({
    outdir: tempOutdir(),
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...options.context },
  });
  const portal = addPortal(app, { siteAssetsPath: SITE_FIXTURE }, options.env ?? {});
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, portal };
}
