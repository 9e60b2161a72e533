/**
 * Where mandates come from (README "Acting for a company"), beside strong identification's
 * configuration: `MANDATES=test` the local test provider's companies (the default wherever the
 * local test identity provider runs), `suomifi` the Suomi.fi mandates service's Web API
 * (MANDATES_URL, MANDATES_CLIENT_ID, MANDATES_API_KEY), `off` none (nobody acts for a company).
 * Production refuses to start with the test companies, as it refuses the test identity provider.
 */
import type { IdentificationConfig } from '../identification/identification-config';

export type MandatesConfig =
  | { source: 'off' }
  | { source: 'test' }
  | { source: 'suomifi'; baseUrl: string; clientId: string; apiKey: string; cacheSeconds: number };

export function mandatesConfigFromEnv(env: NodeJS.ProcessEnv, identification: Pick<IdentificationConfig, 'testProvider'>): MandatesConfig {
  const production = env.NODE_ENV === 'production';
  const source = (env.MANDATES ?? '').toLowerCase() || (identification.testProvider ? 'test' : env.MANDATES_URL ? 'suomifi' : 'off');
  if (source === 'off') return { source };
  if (source === 'test') {
    if (production) throw new Error('MANDATES is test, but the test companies never serve production (NODE_ENV=production): set MANDATES=suomifi with MANDATES_URL, or MANDATES=off');
    return { source };
  }
  if (source !== 'suomifi') throw new Error(`MANDATES must be test, suomifi or off, got "${env.MANDATES}"`);
  for (const name of ['MANDATES_URL', 'MANDATES_CLIENT_ID', 'MANDATES_API_KEY'] as const)
    if (!env[name]) throw new Error(`MANDATES is suomifi without ${name} (README "Acting for a company")`);
  const baseUrl = new URL(env.MANDATES_URL ?? '');
  if (baseUrl.protocol !== 'https:' && production) throw new Error('MANDATES_URL must be an https:// address in production');
  const cacheText = env.MANDATES_CACHE_SECONDS ?? '';
  const cacheSeconds = cacheText === '' ? 30 : Number(cacheText);
  if (!Number.isInteger(cacheSeconds) || cacheSeconds < 0 || cacheSeconds > 300)
    throw new Error(`MANDATES_CACHE_SECONDS must be a whole number 0–300, got "${cacheText}"`);
  return { source, baseUrl: baseUrl.toString(), clientId: env.MANDATES_CLIENT_ID ?? '', apiKey: env.MANDATES_API_KEY ?? '', cacheSeconds };
}
