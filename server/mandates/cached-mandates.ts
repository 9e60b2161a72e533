/**
 * A short memory in front of a remote mandates source: a person's companies and each mandate's
 * standing are asked again after `ttlMs` (MANDATES_CACHE_SECONDS), so an ended mandate stops access
 * at most that long after it ended, without asking the service on every request. A failure is never kept.
 */
import type { Mandates, MandateStanding } from './mandates';
import type { Company } from './mandates';

export function cachedMandates(inner: Mandates, ttlMs: number, now: () => Date): Mandates {
  if (ttlMs <= 0) return inner;
  const companies = new Map<string, { at: number; value: Promise<Company[]> }>();
  const checks = new Map<string, { at: number; value: Promise<MandateStanding> }>();
  function kept<T>(store: Map<string, { at: number; value: Promise<T> }>, key: string, ask: () => Promise<T>): Promise<T> {
    const at = now().getTime();
    const hit = store.get(key);
    if (hit && at - hit.at < ttlMs) return hit.value;
    // Sweep what has gone stale, so the memory holds only the last few minutes' people.
    for (const [k, v] of store) if (at - v.at >= ttlMs) store.delete(k);
    const value = ask();
    store.set(key, { at, value });
    value.catch(() => store.delete(key));
    return value;
  }
  return {
    source: inner.source,
    companiesOf: (person) => kept(companies, person.personalId, () => inner.companiesOf(person)),
    check: (person, businessId) => kept(checks, `${person.personalId}|${businessId}`, () => inner.check(person, businessId)),
  };
}
