/**
 * Every environment variable Guichet reads, parsed and checked once at cold start.
 * Only the CDK construct chooses these names; nothing else reads `process.env`.
 */
import { z } from 'zod';
import { DEFAULT_RETENTION, type RetentionPolicy } from './domain/retention';
import { DEFAULT_SITE, type Site, siteSchema } from './domain/site';

const emailList = z
  .string()
  .default('')
  .transform((raw) =>
    raw
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e.length > 0),
  )
  .pipe(z.array(z.email()));

const origin = z.url().transform((u) => new URL(u).origin);

/** SITE_CONFIG: the whole site configuration as JSON, checked by the domain's schema; unset means the domain's default. */
const siteConfigJson = z
  .string()
  .optional()
  .transform((raw, ctx): unknown => {
    if (raw === undefined || raw.trim() === '') return DEFAULT_SITE;
    try {
      return JSON.parse(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(siteSchema);

const envSchema = z
  .object({
    APP_MODE: z.enum(['aws', 'local']).default('aws'),
    TABLE_NAME: z.string().min(3),
    DOCUMENTS_BUCKET: z.string().min(3),
    DOCUMENTS_BUCKET_ORIGIN: origin,
    SITE_ORIGIN: z
      .string()
      .transform((raw) =>
        raw
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o.length > 0),
      )
      .pipe(z.array(origin).min(1)),
    MAIL_FROM: z.email(),
    ADMIN_EMAILS: emailList,
    AWS_REGION: z.string().min(1).default('eu-west-3'),
    DYNAMODB_ENDPOINT: z.url().optional(),
    S3_ENDPOINT: z.url().optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    OTP_SECRET: z.string().min(32).optional(),
    SESSION_SECRET_PARAMETER: z.string().min(1).optional(),
    ORIGIN_VERIFY_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/)
      .optional(),
    ORIGIN_VERIFY_SECRET_ARN: z.string().startsWith('arn:').optional(),
    // Retention periods (domain/retention.ts): the daily job applies them, the privacy page states them.
    RETENTION_IDLE_DRAFT_MONTHS: z.coerce.number().int().min(1).max(120).default(DEFAULT_RETENTION.idleDraftMonths),
    RETENTION_DRAFT_WARNING_DAYS: z.coerce.number().int().min(1).max(90).default(DEFAULT_RETENTION.draftWarningDays),
    RETENTION_CLOSED_APPLICATION_YEARS: z.coerce.number().int().min(1).max(30).default(DEFAULT_RETENTION.closedApplicationYears),
    RETENTION_APPROVED_APPLICATION_YEARS: z.coerce.number().int().min(1).max(30).default(DEFAULT_RETENTION.approvedApplicationYears),
    // Minutes after a deadline's minute during which an existing draft may still upload and submit (0–60).
    SUBMISSION_GRACE_MINUTES: z.coerce.number().int().min(0).max(60).default(5),
    // The portal's identity (domain/site.ts), as JSON: names, logo, colours, contacts, legal lines.
    SITE_CONFIG: siteConfigJson,
    // Observability (functions/src/observability): the stage names the metrics' dimension,
    // the SES configuration set counts bounces and complaints, tracing wraps the SDK clients.
    STAGE: z
      .string()
      .regex(/^[a-z0-9-]{1,32}$/)
      .default('local'),
    SES_CONFIGURATION_SET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
    POWERTOOLS_TRACE_ENABLED: z.enum(['true', 'false']).default('false'),
    // The SIRENE lookup (functions/src/registry): INSEE's Sirene API, in AWS, when both are set.
    SIRENE_API_URL: z.url().startsWith('https://').optional(),
    SIRENE_API_KEY: z.string().min(8).optional(),
  })
  .refine((e) => (e.ORIGIN_VERIFY_HEADER === undefined) === (e.ORIGIN_VERIFY_SECRET_ARN === undefined), {
    path: ['ORIGIN_VERIFY_SECRET_ARN'],
    message: 'set both ORIGIN_VERIFY_HEADER and ORIGIN_VERIFY_SECRET_ARN, or neither',
  })
  .refine((e) => (e.SIRENE_API_URL === undefined) === (e.SIRENE_API_KEY === undefined), {
    path: ['SIRENE_API_KEY'],
    message: 'set both SIRENE_API_URL and SIRENE_API_KEY, or neither',
  })
  .refine((e) => e.OTP_SECRET !== undefined || e.SESSION_SECRET_PARAMETER !== undefined, {
    path: ['SESSION_SECRET_PARAMETER'],
    message: 'set SESSION_SECRET_PARAMETER (AWS) or OTP_SECRET (local)',
  });

export type AppConfig = {
  mode: 'aws' | 'local';
  tableName: string;
  documentsBucket: string;
  /** Origin of the documents bucket, named in the CSP `connect-src` so browser uploads are allowed. */
  documentsBucketOrigin: string;
  /** The origin the SPA is served from (the first of SITE_ORIGIN); mutating requests must come from one of siteOrigins. */
  siteOrigin: string;
  siteOrigins: string[];
  mailFrom: string;
  adminEmails: string[];
  region: string;
  /** Set only for the embedded local stack and tests; unset in AWS so the SDK uses its defaults. */
  dynamodbEndpoint: string | undefined;
  s3Endpoint: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** The one-time-code HMAC key: given directly (local, tests) or by SSM parameter name (AWS). */
  otpSecret: { value: string } | { parameterName: string };
  /**
   * The header CloudFront adds to every API request and the Secrets Manager secret
   * holding its value (AWS); null on the local stack, which has no CloudFront.
   */
  originVerify: { headerName: string; secretArn: string } | null;
  /** How long personal data is kept: enforced by the daily job, stated by GET /api/privacy. */
  retention: RetentionPolicy;
  /** After a deadline's minute, how long a draft that existed before it may still upload and submit (ms). */
  submissionGraceMs: number;
  /** The portal's identity: served by GET /api/site, signs every email. */
  site: Site;
  /** The deployment stage (dev, staging, production; `local` on the embedded stack): the metrics' `stage` dimension. */
  stage: string;
  /** The SES configuration set every email names, so its bounces and complaints are counted; none locally. */
  sesConfigurationSet: string | undefined;
  /** AWS mode only: wrap the SDK clients with X-Ray (POWERTOOLS_TRACE_ENABLED=true, set by the stack). */
  tracing: boolean;
  /** INSEE's Sirene API for the SIRET lookup (AWS); null: no lookup there, the fixture locally. */
  sirene: { url: string; apiKey: string } | null;
};

/** Thrown at cold start when the environment is incomplete, so a misconfigured deploy fails loudly. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${fields}`, { cause: parsed.error });
  }
  const e = parsed.data;
  return {
    mode: e.APP_MODE,
    tableName: e.TABLE_NAME,
    documentsBucket: e.DOCUMENTS_BUCKET,
    documentsBucketOrigin: e.DOCUMENTS_BUCKET_ORIGIN,
    siteOrigin: e.SITE_ORIGIN[0] as string,
    siteOrigins: e.SITE_ORIGIN,
    mailFrom: e.MAIL_FROM,
    adminEmails: e.ADMIN_EMAILS,
    region: e.AWS_REGION,
    dynamodbEndpoint: e.DYNAMODB_ENDPOINT,
    s3Endpoint: e.S3_ENDPOINT,
    logLevel: e.LOG_LEVEL,
    otpSecret: e.OTP_SECRET !== undefined ? { value: e.OTP_SECRET } : { parameterName: e.SESSION_SECRET_PARAMETER as string },
    originVerify:
      e.ORIGIN_VERIFY_HEADER && e.ORIGIN_VERIFY_SECRET_ARN
        ? { headerName: e.ORIGIN_VERIFY_HEADER.toLowerCase(), secretArn: e.ORIGIN_VERIFY_SECRET_ARN }
        : null,
    retention: {
      idleDraftMonths: e.RETENTION_IDLE_DRAFT_MONTHS,
      draftWarningDays: e.RETENTION_DRAFT_WARNING_DAYS,
      closedApplicationYears: e.RETENTION_CLOSED_APPLICATION_YEARS,
      approvedApplicationYears: e.RETENTION_APPROVED_APPLICATION_YEARS,
    },
    site: e.SITE_CONFIG,
    submissionGraceMs: e.SUBMISSION_GRACE_MINUTES * 60_000,
    stage: e.STAGE,
    sesConfigurationSet: e.SES_CONFIGURATION_SET,
    tracing: e.APP_MODE === 'aws' && e.POWERTOOLS_TRACE_ENABLED === 'true',
    sirene: e.SIRENE_API_URL && e.SIRENE_API_KEY ? { url: e.SIRENE_API_URL, apiKey: e.SIRENE_API_KEY } : null,
  };
}

const localEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('.data'),
  ADMIN_EMAILS: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Handed to loadConfig as is: `SITE_CONFIG='{…}' npm start` shows another territory's identity. */
  SITE_CONFIG: z.string().optional(),
});

/** Settings of the embedded local stack (`npm start`), read from the environment once. */
export type LocalConfig = {
  port: number;
  dataDir: string;
  adminEmails: string | undefined;
  logLevel: AppConfig['logLevel'];
  siteConfig: string | undefined;
};

export function loadLocalConfig(env: Record<string, string | undefined> = process.env): LocalConfig {
  const parsed = localEnvSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid local configuration: ${fields}`, { cause: parsed.error });
  }
  return {
    port: parsed.data.PORT,
    dataDir: parsed.data.DATA_DIR,
    adminEmails: parsed.data.ADMIN_EMAILS,
    logLevel: parsed.data.LOG_LEVEL,
    siteConfig: parsed.data.SITE_CONFIG,
  };
}
