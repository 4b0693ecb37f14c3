import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadLocalConfig } from '../../functions/src/config';

const valid = {
  TABLE_NAME: 'guichet',
  DOCUMENTS_BUCKET: 'guichet-documents',
  DOCUMENTS_BUCKET_ORIGIN: 'https://guichet-documents.s3.eu-west-3.amazonaws.com/',
  SITE_ORIGIN: 'https://guichet.example.org/',
  MAIL_FROM: 'ne-pas-repondre@guichet.example.org',
  ADMIN_EMAILS: ' Chef@Example.org , adjoint@example.org ',
  SESSION_SECRET_PARAMETER: '/guichet/otp-hmac-secret',
};

describe('config', () => {
  it('reads and normalises the environment once', () => {
    expect(loadConfig(valid)).toMatchObject({
      mode: 'aws',
      region: 'eu-west-3',
      siteOrigin: 'https://guichet.example.org',
      documentsBucketOrigin: 'https://guichet-documents.s3.eu-west-3.amazonaws.com',
      adminEmails: ['chef@example.org', 'adjoint@example.org'],
      dynamodbEndpoint: undefined,
      otpSecret: { parameterName: '/guichet/otp-hmac-secret' },
    });
  });

  it('fails at cold start, naming every missing or invalid variable', () => {
    const { TABLE_NAME: _t, ...missing } = valid;
    expect(() => loadConfig({ ...missing, MAIL_FROM: 'not-an-email' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...missing, MAIL_FROM: 'not-an-email' })).toThrow(/TABLE_NAME.*MAIL_FROM/);
  });

  it('reads the origin-verify header and secret together, or neither', () => {
    expect(loadConfig(valid).originVerify).toBeNull();
    const arn = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:OriginVerify-AbCdEf';
    expect(loadConfig({ ...valid, ORIGIN_VERIFY_HEADER: 'X-Guichet-Origin-Verify', ORIGIN_VERIFY_SECRET_ARN: arn }).originVerify).toEqual({
      headerName: 'x-guichet-origin-verify',
      secretArn: arn,
    });
    expect(() => loadConfig({ ...valid, ORIGIN_VERIFY_HEADER: 'x-guichet-origin-verify' })).toThrow(/ORIGIN_VERIFY_SECRET_ARN/);
    expect(() => loadConfig({ ...valid, ORIGIN_VERIFY_SECRET_ARN: arn })).toThrow(/ORIGIN_VERIFY_SECRET_ARN/);
    expect(() => loadConfig({ ...valid, ORIGIN_VERIFY_HEADER: 'bad header', ORIGIN_VERIFY_SECRET_ARN: arn })).toThrow(
      /ORIGIN_VERIFY_HEADER/,
    );
  });

  it('gives the local stack port 3000 and .data by default, and refuses a bad PORT', () => {
    expect(loadLocalConfig({})).toMatchObject({ port: 3000, dataDir: '.data' });
    expect(() => loadLocalConfig({ PORT: 'eighty' })).toThrow(ConfigError);
  });
});
