import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

export interface EdgeStackProps extends StackProps {
  /** `guichet-<stage>`: names the web ACL and its metrics. */
  readonly namePrefix: string;
  /** Requests per IP per five minutes on `/api/auth/*` before WAF blocks that IP. */
  readonly authRateLimit?: number;
}

/**
 * The CloudFront web ACL, in a us-east-1 companion stack because WAF only accepts a
 * CLOUDFRONT-scope web ACL there, whatever region the portal lives in.
 *
 * Of the three ways to give CloudFront a WAF, this is `-c waf=true`: this stack is
 * created and its ARN reaches the portal stack through `crossRegionReferences` (CDK
 * writes it to an SSM parameter in the portal's region), so one `cdk deploy` does
 * both, and the web ACL lives and dies with its stage. An operator who already runs a
 * shared web ACL passes `-c webAclArn=…` instead and no companion stack is made.
 * Without either, CloudFront keeps its own protections (Shield Standard) and the
 * API its stage throttle and sign-in limits.
 */
export class EdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    const { namePrefix, authRateLimit = 100, ...stackProps } = props;
    super(scope, id, { description: 'Guichet CloudFront web ACL (us-east-1)', ...stackProps });
    if (this.region !== 'us-east-1') throw new Error(`${id}: a CloudFront web ACL must be in us-east-1, not ${this.region}`);

    const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${namePrefix}-${metricName}`,
    });

    const webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `${namePrefix}-edge`,
      description: 'Guichet: AWS common rules, and a per-IP rate limit on sign-in',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('edge'),
      rules: [
        {
          // First, so a flood of code requests is dropped before any other rule is paid for.
          name: 'auth-rate-limit',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: authRateLimit,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: '/api/auth/',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: visibility('auth-rate-limit'),
        },
        {
          name: 'aws-common',
          priority: 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // The rule set blocks bodies over 8 KB; an application's autosave (every
              // section's answers in one JSON body) passes that, so it only counts.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility('aws-common'),
        },
      ],
    });
    this.webAclArn = webAcl.attrArn;
  }
}
