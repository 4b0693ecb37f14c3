import type { Environment } from 'aws-cdk-lib';
import type { Node } from 'constructs';

/** Deployment choices, read once from CDK context (cdk.json or `-c key=value`). */
export interface PortalSettings {
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
  readonly tracing: boolean;
}

/** Where synth runs without credentials, the stack still needs a concrete environment. */
export function deploymentEnv(env: NodeJS.ProcessEnv = process.env): Required<Environment> {
  return {
    account: env.CDK_DEFAULT_ACCOUNT ?? '000000000000',
    region: env.CDK_DEFAULT_REGION ?? 'eu-west-3',
  };
}

/**
 * Reads and checks the settings, each from `overrides` (stack props) or else the
 * context, so a bad value fails synth with a clear message.
 */
export function readSettings(node: Node, overrides: Partial<PortalSettings> = {}): PortalSettings {
  const text = (key: keyof PortalSettings): string | undefined => {
    const value: unknown = overrides[key] ?? node.tryGetContext(key);
    if (value === undefined || value === null) return undefined;
    return String(value).trim();
  };

  const mailFrom = text('mailFrom') || 'no-reply@example.org';
  const mailDomain = mailFrom.split('@')[1];
  if (!mailDomain) throw new Error(`Context mailFrom must be an email address, got "${mailFrom}"`);

  const siteDomain = text('siteDomain') || undefined;
  const siteCertificateArn = text('siteCertificateArn') || undefined;
  if (siteDomain && !siteCertificateArn?.startsWith('arn:aws:acm:us-east-1:')) {
    throw new Error('Context siteDomain needs siteCertificateArn, an ACM certificate in us-east-1');
  }

  const reserved = text('apiReservedConcurrency');
  const apiReservedConcurrency = reserved ? Number(reserved) : undefined;
  if (apiReservedConcurrency !== undefined && !(Number.isInteger(apiReservedConcurrency) && apiReservedConcurrency > 0)) {
    throw new Error(`Context apiReservedConcurrency must be a positive integer, got "${reserved}"`);
  }

  return {
    mailFrom,
    sesIdentity: text('sesIdentity') || mailDomain,
    adminEmails: text('adminEmails') ?? '',
    siteDomain,
    siteCertificateArn,
    sessionSecretParameterName: text('sessionSecretParameterName') || '/guichet/otp-hmac-secret',
    apiReservedConcurrency,
    tracing: text('tracing') === 'true',
  };
}
