import { readFileSync } from 'node:fs';
import type { Environment } from 'aws-cdk-lib';
import type { Node } from 'constructs';
import { siteSchema } from '../functions/src/domain/site';

/** The deployment stages; each is its own stack, and they can share one account. */
export const STAGES = ['dev', 'staging', 'production'] as const;
export type Stage = (typeof STAGES)[number];

export const DEFAULT_REGION = 'eu-west-3';

/**
 * API Gateway stage throttle, sized for deadline day rather than for an average day.
 *
 * Assumption: 1,000 applicants editing at once in the last hours before a deadline
 * (a regional call of about 5,000 applications, a fifth of them finishing late). The
 * form autosaves 800 ms after typing stops, so someone typing steadily saves about
 * once every 3 s: 1,000 × 1/3 ≈ 333 requests/s. Page loads, document uploads and
 * retries after a 5xx roughly double that, and a safety factor of 1.5 gives
 * 333 × 2 × 1.5 ≈ 1,000 requests/s, with a burst of twice that. A 429 on autosave is
 * retried by the SPA, but on deadline day each one is a worried applicant, so the
 * limit is a cost cap against a flood, not a comfort margin.
 * Override with `-c apiThrottleRate=… -c apiThrottleBurst=…`.
 */
export const DEFAULT_API_THROTTLE = { rateLimit: 1_000, burstLimit: 2_000 } as const;

/** Deployment choices, read once from CDK context (cdk.json or `-c key=value`). */
export interface PortalSettings {
  /** Which deployment this is; it names the stack and every named resource. */
  readonly stage: Stage;
  /** SES sender address (MAIL_FROM). */
  readonly mailFrom: string;
  /** The SES identity (domain or address) that ses:SendEmail is scoped to. */
  readonly sesIdentity: string;
  /** Comma-separated addresses that become the first managers. */
  readonly adminEmails: string;
  /** Custom domain for the site; requires `siteCertificateArn`. */
  readonly siteDomain?: string;
  /** ACM certificate for `siteDomain`, in us-east-1 as CloudFront requires. */
  readonly siteCertificateArn?: string;
  /** SSM SecureString holding the HMAC secret for one-time codes. */
  readonly sessionSecretParameterName: string;
  /** Off unless set: a reservation fails to deploy on accounts with a low concurrency quota. */
  readonly apiReservedConcurrency?: number;
  /** Off unless set (5 is a sensible value once the account's quota allows it). */
  readonly documentsReservedConcurrency?: number;
  /** Off unless set (1 keeps two daily runs from overlapping). */
  readonly schedulerReservedConcurrency?: number;
  /** X-Ray on the functions: on by default in staging and production, off in dev. */
  readonly tracing: boolean;
  /** Where alarms and budget notifications are mailed; none subscribes nobody. */
  readonly alarmEmail?: string;
  /** Monthly AWS Budgets limit in USD; 0 creates no budget. */
  readonly monthlyBudgetUsd: number;
  /** Creates a CloudFront WAF web ACL in a us-east-1 companion stack. */
  readonly waf: boolean;
  /** An existing CLOUDFRONT-scope WAFv2 web ACL to attach instead of creating one. */
  readonly webAclArn?: string;
  readonly apiThrottleRate: number;
  readonly apiThrottleBurst: number;
  /** A JSON file with the portal's identity (functions/src/domain/site.ts); none: the default. */
  readonly siteConfigFile?: string;
  /** Its content, checked against the site schema at synth and minified: the functions' SITE_CONFIG. */
  readonly siteConfig?: string;
}

/** Lambda allows 4 KB of environment for all variables together; the site configuration gets most of it. */
const SITE_CONFIG_MAX_BYTES = 3_000;

/** Reads the site configuration file and checks it as the functions will at cold start, so a bad one fails synth. */
function siteConfigOf(file: string | undefined): string | undefined {
  if (!file) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Context siteConfigFile: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  const checked = siteSchema.safeParse(parsed);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Context siteConfigFile: ${file} is not a valid site configuration: ${issues}`);
  }
  const json = JSON.stringify(checked.data);
  if (Buffer.byteLength(json) > SITE_CONFIG_MAX_BYTES) {
    throw new Error(`Context siteConfigFile: ${file} is over ${SITE_CONFIG_MAX_BYTES} bytes once minified; give the logo as a path`);
  }
  return json;
}

/** The context keys `readSettings` understands; app.ts reads `region` itself. */
export type SettingKey = keyof PortalSettings;

/**
 * Where the stack is deployed. The region comes from `-c region=…`, else `AWS_REGION`,
 * else eu-west-3, and never from `CDK_DEFAULT_REGION`: the CDK CLI overwrites that one
 * with the profile's region (us-east-1 when the profile has none), which would quietly
 * put a French portal's personal data in Virginia. The account stays the CLI's (it comes
 * from the credentials), with a placeholder so synth works without any.
 */
export function deploymentEnv(node: Node, env: NodeJS.ProcessEnv = process.env): Required<Environment> {
  const fromContext: unknown = node.tryGetContext('region');
  const region = (typeof fromContext === 'string' && fromContext.trim()) || env.AWS_REGION?.trim() || DEFAULT_REGION;
  return { account: env.CDK_DEFAULT_ACCOUNT ?? '000000000000', region };
}

/** The stage named by `-c stage=…` (default dev); anything else fails synth. */
export function stageOf(node: Node, override?: string): Stage {
  const raw: unknown = override ?? node.tryGetContext('stage') ?? 'dev';
  const stage = String(raw).trim();
  if (!(STAGES as readonly string[]).includes(stage)) {
    throw new Error(`Context stage must be one of ${STAGES.join(', ')}, got "${stage}"`);
  }
  return stage as Stage;
}

/** `Guichet-dev`, `Guichet-staging`, `Guichet-production`: one stack per stage. */
export function stackNameOf(stage: Stage): string {
  return `Guichet-${stage}`;
}

/** The us-east-1 companion stack that holds the CloudFront web ACL when `waf=true`. */
export function edgeStackNameOf(stage: Stage): string {
  return `Guichet-${stage}-edge`;
}

function positiveInteger(key: string, raw: string | undefined, options: { allowZero?: boolean } = {}): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  const ok = Number.isInteger(value) && (value > 0 || (options.allowZero === true && value === 0));
  if (!ok) throw new Error(`Context ${key} must be a ${options.allowZero ? 'non-negative' : 'positive'} integer, got "${raw}"`);
  return value;
}

function flag(key: string, raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new Error(`Context ${key} must be true or false, got "${raw}"`);
}

/**
 * Reads and checks the settings, each from `overrides` (stack props) or else the
 * context, so a bad value fails synth with a clear message.
 */
export function readSettings(node: Node, overrides: Partial<PortalSettings> = {}): PortalSettings {
  const text = (key: SettingKey): string | undefined => {
    const value: unknown = overrides[key] ?? node.tryGetContext(key);
    if (value === undefined || value === null) return undefined;
    return String(value).trim();
  };

  const stage = stageOf(node, overrides.stage);

  const mailFrom = text('mailFrom') || 'no-reply@example.org';
  const mailDomain = mailFrom.split('@')[1];
  if (!mailDomain) throw new Error(`Context mailFrom must be an email address, got "${mailFrom}"`);

  const siteDomain = text('siteDomain') || undefined;
  const siteCertificateArn = text('siteCertificateArn') || undefined;
  if (siteDomain && !siteCertificateArn?.startsWith('arn:aws:acm:us-east-1:')) {
    throw new Error('Context siteDomain needs siteCertificateArn, an ACM certificate in us-east-1');
  }

  const alarmEmail = text('alarmEmail') || undefined;
  if (alarmEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(alarmEmail)) {
    throw new Error(`Context alarmEmail must be an email address, got "${alarmEmail}"`);
  }

  const waf = flag('waf', text('waf')) ?? false;
  const webAclArn = text('webAclArn') || undefined;
  if (webAclArn && !/^arn:aws:wafv2:us-east-1:\d{12}:global\/webacl\//.test(webAclArn)) {
    throw new Error('Context webAclArn must be a CLOUDFRONT-scope WAFv2 web ACL (arn:aws:wafv2:us-east-1:…:global/webacl/…)');
  }
  if (waf && webAclArn) throw new Error('Give either waf=true (create a web ACL) or webAclArn (use one), not both');

  const apiThrottleRate = positiveInteger('apiThrottleRate', text('apiThrottleRate')) ?? DEFAULT_API_THROTTLE.rateLimit;
  const apiThrottleBurst = positiveInteger('apiThrottleBurst', text('apiThrottleBurst')) ?? DEFAULT_API_THROTTLE.burstLimit;

  return {
    stage,
    mailFrom,
    sesIdentity: text('sesIdentity') || mailDomain,
    adminEmails: text('adminEmails') ?? '',
    siteDomain,
    siteCertificateArn,
    sessionSecretParameterName: text('sessionSecretParameterName') || `/guichet/${stage}/otp-hmac-secret`,
    apiReservedConcurrency: positiveInteger('apiReservedConcurrency', text('apiReservedConcurrency')),
    documentsReservedConcurrency: positiveInteger('documentsReservedConcurrency', text('documentsReservedConcurrency')),
    schedulerReservedConcurrency: positiveInteger('schedulerReservedConcurrency', text('schedulerReservedConcurrency')),
    tracing: flag('tracing', text('tracing')) ?? stage !== 'dev',
    alarmEmail,
    monthlyBudgetUsd: positiveInteger('monthlyBudgetUsd', text('monthlyBudgetUsd'), { allowZero: true }) ?? 50,
    waf,
    webAclArn,
    apiThrottleRate,
    apiThrottleBurst,
    siteConfigFile: text('siteConfigFile') || undefined,
    siteConfig: siteConfigOf(text('siteConfigFile') || undefined),
  };
}
