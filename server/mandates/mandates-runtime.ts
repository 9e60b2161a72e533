/** The mandates source as configured (mandates-config.ts), made when the server starts. */
import type { AppContext } from '../context';
import { cachedMandates } from './cached-mandates';
import type { Mandates } from './mandates';
import { suomifiMandates } from './suomifi-mandates';

export async function startMandates(ctx: AppContext): Promise<Mandates | null> {
  const config = ctx.config.mandates;
  switch (config.source) {
    case 'off':
      return null;
    case 'test': {
      // Loaded only when used: a production server never loads the test companies.
      const [{ TEST_COMPANIES, TEST_MANDATES }, { testCompanyMandates }] = await Promise.all([
        import('../../identity/test-provider/test-companies'),
        import('./test-company-mandates'),
      ]);
      return testCompanyMandates({ companies: TEST_COMPANIES, mandates: TEST_MANDATES }, () => ctx.now());
    }
    case 'suomifi':
      return cachedMandates(suomifiMandates(config), config.cacheSeconds * 1000, () => ctx.now());
  }
}
