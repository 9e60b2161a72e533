/**
 * The inbox's filters and sort live in the URL query, so a filtered and sorted view can be
 * bookmarked, shared and restored by Back. These functions translate between the query string,
 * typed filters and the API's query (the server sorts and pages).
 */
import type { InboxQuery } from '../api/desk-api';

export const SORT_KEYS = ['reference', 'service', 'customer', 'municipality', 'status', 'received', 'inStatus', 'due'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface InboxView {
  filters: Omit<InboxQuery, 'cursor' | 'limit'>;
  sort: Sort;
}

export const DEFAULT_SORT: Sort = { key: 'received', dir: 'desc' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readInboxView(search: URLSearchParams): InboxView {
  const filters: InboxView['filters'] = {};
  const text = (name: string) => {
    const v = search.get(name)?.trim();
    return v ? v : undefined;
  };
  const status = text('status');
  if (status && /^[A-Z][A-Z0-9_]*$/.test(status)) filters.status = status;
  const service = text('service');
  if (service) filters.service = service;
  const municipality = text('municipality');
  if (municipality && /^\d{3}$/.test(municipality)) filters.municipality = municipality;
  const q = text('q');
  if (q) filters.q = q;
  const from = text('from');
  if (from && DATE.test(from)) filters.from = from;
  const to = text('to');
  if (to && DATE.test(to)) filters.to = to;
  if (search.get('assigned') === 'me') filters.assigned = 'me';
  const due = text('due');
  if (due === 'overdue' || due === 'week') filters.due = due;
  let sort = DEFAULT_SORT;
  const s = /^(\w+)-(asc|desc)$/.exec(search.get('sort') ?? '');
  if (s && (SORT_KEYS as readonly string[]).includes(s[1])) sort = { key: s[1] as SortKey, dir: s[2] as Sort['dir'] };
  return { filters, sort };
}

export function writeInboxView(view: InboxView): URLSearchParams {
  const search = new URLSearchParams();
  const f = view.filters;
  for (const key of ['status', 'service', 'municipality', 'q', 'from', 'to', 'assigned', 'due'] as const) {
    const v = f[key];
    if (v) search.set(key, v);
  }
  if (view.sort.key !== DEFAULT_SORT.key || view.sort.dir !== DEFAULT_SORT.dir) search.set('sort', `${view.sort.key}-${view.sort.dir}`);
  return search;
}

/**
 * The API's sort for a column sort. "Time in status" ascending is the shortest time first, which is
 * the latest status change first.
 */
export function apiSort(sort: Sort): string | undefined {
  if (sort.key === DEFAULT_SORT.key && sort.dir === DEFAULT_SORT.dir) return undefined;
  const key = sort.key === 'inStatus' ? 'statusSince' : sort.key;
  const dir = sort.key === 'inStatus' ? (sort.dir === 'asc' ? 'desc' : 'asc') : sort.dir;
  return `${dir === 'desc' ? '-' : ''}${key}`;
}

/** What the inbox asks the API for: the filters and the sort. */
export function inboxQuery(view: InboxView): InboxQuery {
  const sort = apiSort(view.sort);
  return sort ? { ...view.filters, sort } : { ...view.filters };
}

export function hasFilters(view: InboxView): boolean {
  return Object.values(view.filters).some((v) => v !== undefined && v !== '');
}
