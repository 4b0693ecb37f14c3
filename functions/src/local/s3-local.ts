/**
 * Runs s3rver in-process as the local S3. It checks neither SigV4 signatures nor
 * POST policies, so Guichet's own post-upload verification is what guards uploads
 * locally, and the policy is tested by decoding it.
 */
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';

export type RunningS3 = { endpoint: string; port: number; stop: () => Promise<void> };

/** CORS for browser uploads (presigned POST) and downloads from the site origin. */
function corsXml(siteOrigins: string[]): string {
  const origins = siteOrigins.map((o) => `<AllowedOrigin>${o}</AllowedOrigin>`).join('');
  return `<CORSConfiguration><CORSRule>${origins}<AllowedMethod>GET</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
}

/** Starts s3rver on 127.0.0.1 (`port` 0 picks a free one) with `bucket` created and its CORS set. */
export async function startS3Local(options: {
  port: number;
  directory: string;
  bucket: string;
  siteOrigins: string[];
}): Promise<RunningS3> {
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory: options.directory,
    silent: true,
    configureBuckets: [{ name: options.bucket, configs: [corsXml(options.siteOrigins)] }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    stop: async () => {
      server.httpServer?.closeAllConnections();
      await server.close();
    },
  };
}
