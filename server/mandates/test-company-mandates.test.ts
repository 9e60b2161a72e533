import { describe, expect, it } from 'vitest';
import { TEST_COMPANIES, TEST_MANDATES } from '../../identity/test-provider/test-companies';
import { testCompanyMandates } from './test-company-mandates';

const AINO = { personalId: '010190-908Y' };
const KERSTIN = { personalId: '280772-933C' };
const EETU = { personalId: '050501A9461' };

function mandatesAt(iso: string) {
  let now = new Date(iso);
  const mandates = testCompanyMandates({ companies: TEST_COMPANIES, mandates: TEST_MANDATES }, () => now);
  return { mandates, later: (at: string) => { now = new Date(at); } };
}

describe('the test companies as a mandates source', () => {
  it('lists the companies whose mandate is in force, and none for a person without mandates', async () => {
    const { mandates } = mandatesAt('2026-12-07T12:00:00Z');
    expect(await mandates.companiesOf(AINO)).toEqual([{ businessId: '7001234-9', name: 'Testiyhtiö Oy' }]);
    expect(await mandates.companiesOf(KERSTIN)).toEqual([{ businessId: '7001235-7', name: 'Provbolaget Ab' }]);
    expect(await mandates.companiesOf(EETU)).toEqual([]);
  });

  it('tells a mandate that has ended from none at all', async () => {
    const { mandates, later } = mandatesAt('2026-12-07T12:00:00Z');
    expect(await mandates.check(KERSTIN, '7001236-5')).toBe('ended');
    expect(await mandates.check(AINO, '7001235-7')).toBe('none');
    // Before it ended, the same mandate held.
    later('2026-03-01T12:00:00Z');
    expect(await mandates.check(KERSTIN, '7001236-5')).toBe('holds');
  });

  it('ends a mandate when told, from that moment on, for that person only', async () => {
    const { mandates } = mandatesAt('2026-12-07T12:00:00Z');
    mandates.end(AINO.personalId, '7001234-9');
    expect(await mandates.check(AINO, '7001234-9')).toBe('ended');
    expect(await mandates.check({ personalId: '150385-921R' }, '7001234-9')).toBe('holds');
    expect(await mandates.companiesOf(AINO)).toEqual([]);
  });
});
