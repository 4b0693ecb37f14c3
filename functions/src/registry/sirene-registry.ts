/**
 * The SIRENE lookup in AWS: INSEE's public Sirene API (version 3.11, `GET /siret/{siret}`,
 * https://portail-api.insee.fr/), authenticated by the integration key header. Used only
 * when SIRENE_API_URL and SIRENE_API_KEY are configured. Any failure (unknown SIRET,
 * refusal, quota, a timeout after 3 s, an answer of another shape) is `null` with a warning
 * in the log: the applicant then types the fields, nothing blocks.
 */
import type { Logger } from '../logger';
import { type CompanyRegistry, companyFromSirene } from './company-registry';

export const SIRENE_TIMEOUT_MS = 3000;

export function createSireneRegistry(options: {
  /** e.g. https://api.insee.fr/api-sirene/3.11 */
  baseUrl: string;
  apiKey: string;
  log: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): CompanyRegistry {
  const send = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async lookup(siret) {
      if (!/^\d{14}$/.test(siret)) return null;
      try {
        const response = await send(`${base}/siret/${siret}`, {
          headers: { Accept: 'application/json', 'X-INSEE-Api-Key-Integration': options.apiKey },
          signal: AbortSignal.timeout(options.timeoutMs ?? SIRENE_TIMEOUT_MS),
        });
        if (!response.ok) {
          // 404: unknown; 403: not diffusible; 429: quota. The applicant types the fields either way.
          options.log.warn('sirene: lookup refused', { status: response.status });
          return null;
        }
        const company = companyFromSirene(await response.json());
        if (!company) options.log.warn('sirene: unexpected answer');
        return company;
      } catch (error) {
        options.log.warn('sirene: lookup failed', { error: error instanceof Error ? error.name : 'unknown' });
        return null;
      }
    },
  };
}
