/**
 * Where the one-time-code HMAC key comes from. In AWS it is an SSM SecureString,
 * fetched once per container on first use (the SSM client loads lazily).
 */
import type { AppConfig } from '../config';

export function otpSecretSource(config: Pick<AppConfig, 'otpSecret' | 'region'>): () => Promise<string> {
  const source = config.otpSecret;
  if ('value' in source) return async () => source.value;
  let cached: Promise<string> | undefined;
  const load = async () => {
    const { SSMClient, GetParameterCommand } = await import('@aws-sdk/client-ssm');
    const ssm = new SSMClient({ region: config.region });
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: source.parameterName, WithDecryption: true }));
    if (!Parameter?.Value || Parameter.Value.length < 32) {
      throw new Error(`SSM parameter ${source.parameterName} is missing or shorter than 32 characters`);
    }
    return Parameter.Value;
  };
  return () => {
    cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}

/**
 * The value CloudFront sends in the origin-verify header, from Secrets Manager: read
 * once per container on first use (the client loads lazily, so a cold start that never
 * needs it does not parse it), and read again after a failure.
 */
export function originSecretSource(config: Pick<AppConfig, 'region'>, secretArn: string): () => Promise<string> {
  let cached: Promise<string> | undefined;
  const load = async () => {
    const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    const client = new SecretsManagerClient({ region: config.region });
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString || SecretString.length < 32) throw new Error(`secret ${secretArn} is missing or shorter than 32 characters`);
    return SecretString;
  };
  return () => {
    cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}
