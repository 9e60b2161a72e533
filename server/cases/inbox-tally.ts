/**
 * Per-status counts of an authority's inbox from the trigger-kept tallies (migration 0006):
 * `inbox_tally` by service, municipality and status, `inbox_daily_tally` also by sending day (UTC).
 * A count under service, municipality and date filters costs a sum over a few hundred small rows
 * at any table size. The same rows list the values the segment sorts walk.
 */
import type { Sqlite } from '../db/connection';
import type { InboxFilters } from './inbox-filters';

export interface TallyRow {
  serviceId: string;
  municipality: string;
  status: string;
  n: number;
}

type TallyFilters = Pick<InboxFilters, 'serviceId' | 'municipality' | 'submittedFrom' | 'submittedBefore'>;

/** The authority's tally rows that match the service, municipality and date filters. */
export type InboxTally = (authorityId: string, filters: TallyFilters) => TallyRow[];

/** The tally reader of one connection, its statements prepared once. */
export function createInboxTally(sqlite: Sqlite): InboxTally {
  const all = sqlite.prepare<[string], TallyRow>(
    'SELECT service_id AS serviceId, municipality_code AS municipality, status, n FROM inbox_tally WHERE authority_id = ? AND n > 0',
  );
  const days = sqlite.prepare<[string, string, string], TallyRow>(
    `SELECT service_id AS serviceId, municipality_code AS municipality, status, sum(n) AS n FROM inbox_daily_tally
     WHERE authority_id = ? AND day >= ? AND day < ? GROUP BY service_id, municipality_code, status HAVING sum(n) > 0`,
  );
  return (authorityId, filters) => {
    const rows =
      filters.submittedFrom !== undefined || filters.submittedBefore !== undefined
        ? days.all(authorityId, (filters.submittedFrom ?? '0000-01-01').slice(0, 10), (filters.submittedBefore ?? '9999-12-31').slice(0, 10))
        : all.all(authorityId);
    return rows.filter(
      (r) => (filters.serviceId === undefined || r.serviceId === filters.serviceId) && (filters.municipality === undefined || r.municipality === filters.municipality),
    );
  };
}

export function countByStatus(rows: TallyRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + r.n;
  return counts;
}
