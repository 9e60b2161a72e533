/**
 * The inbox's sort orders. Every order is total: ties are broken by the submission id in the same
 * direction, so keyset paging over (sort key, id) never repeats or skips a row.
 *
 * - `received` and `reference` page by id: ids, like references (a per-year counter bumped in the
 *   same transaction, server/submissions/reference-number.ts), are issued in the order submissions
 *   are stored, so both orders are the storage order.
 * - `statusSince` and `customer` are columns with an (authority, column, id) index.
 * - `due` orders by the open due date (server/cases/due-dates.ts) on an (authority, open due date, id)
 *   index: cases waiting for an answer by their due day, then those with none (decided, final, or
 *   no response time), by id; in both directions the cases without a due date come last.
 * - `status`, `service` and `municipality` have few values per authority, ordered as a handler reads
 *   them (workflow order, service and municipality names in the handler's language); each value is
 *   one segment paged by id on an (authority, column, id) index.
 */
export const INBOX_SORT_KEYS = ['received', 'statusSince', 'reference', 'customer', 'municipality', 'service', 'status', 'due'] as const;
export type InboxSortKey = (typeof INBOX_SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface InboxSort {
  key: InboxSortKey;
  dir: SortDir;
}

export const DEFAULT_INBOX_SORT: InboxSort = { key: 'received', dir: 'desc' };

export type SortKind = 'id' | 'column' | 'due' | 'segments';

export function sortKind(key: InboxSortKey): SortKind {
  if (key === 'received' || key === 'reference') return 'id';
  if (key === 'due') return 'due';
  if (key === 'statusSince' || key === 'customer') return 'column';
  return 'segments';
}

/** The sort's name in the API: `customer` is ascending, `-customer` descending. */
export function sortName(sort: InboxSort): string {
  return `${sort.dir === 'desc' ? '-' : ''}${sort.key}`;
}

export function parseInboxSort(value: string): InboxSort | null {
  const desc = value.startsWith('-');
  const key = desc ? value.slice(1) : value;
  return (INBOX_SORT_KEYS as readonly string[]).includes(key) ? { key: key as InboxSortKey, dir: desc ? 'desc' : 'asc' } : null;
}

/** Segment orders by name depend on the handler's language; workflow order does not. */
export function sortDependsOnLang(key: InboxSortKey): boolean {
  return key === 'service' || key === 'municipality';
}
