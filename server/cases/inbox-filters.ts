/**
 * Reads the handler inbox's query string into typed filters, naming the parameter on bad input.
 * `assigned=me` becomes the user's own id; dates are inclusive calendar days; a cursor must come
 * from the same sort (and language, where the order depends on it).
 */
import type { Lang } from '../../form-library/format/types';
import type { FieldProblem } from '../http/errors';
import { DUE_FILTERS, dueRange, type DueFilter } from './due-dates';
import { decodeInboxCursor, type InboxCursor } from './inbox-cursor';
import { DEFAULT_INBOX_SORT, INBOX_SORT_KEYS, parseInboxSort, sortDependsOnLang, sortName, type InboxSort } from './inbox-sort';
import { isLang } from './request-lang';

export interface InboxFilters {
  status?: string;
  serviceId?: string;
  municipality?: string;
  q?: string;
  assigneeId?: number;
  /** ISO instant, inclusive. */
  submittedFrom?: string;
  /** ISO instant, exclusive (the day after `to`). */
  submittedBefore?: string;
  /** Open due dates in [from, before) (due-dates.ts): "overdue" or "due this week". */
  due?: { filter: DueFilter; from?: string; before: string };
  sort: InboxSort;
  /** The handler's language: names order the service and municipality sorts. */
  lang: Lang;
  /** Continue after this row of the same sort. */
  after?: InboxCursor;
  limit: number;
}

export const DEFAULT_INBOX_LIMIT = 50;
export const MAX_INBOX_LIMIT = 200;

export type ParsedInboxFilters = { ok: true; filters: InboxFilters } | { ok: false; fields: FieldProblem[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function dayAfter(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** `now` decides which due dates are overdue or due this week. */
export function parseInboxFilters(query: Record<string, unknown>, userId: number, now: Date = new Date()): ParsedInboxFilters {
  const fields: FieldProblem[] = [];
  const text = (name: string, max = 200): string | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') {
      fields.push({ path: name, message: `${name} must be given once, as text` });
      return undefined;
    }
    if (value.length > max) {
      fields.push({ path: name, message: `${name} is longer than ${max} characters` });
      return undefined;
    }
    return value;
  };

  const filters: InboxFilters = { limit: DEFAULT_INBOX_LIMIT, sort: DEFAULT_INBOX_SORT, lang: isLang(query.lang) ? query.lang : 'fi' };

  const status = text('status', 64);
  if (status !== undefined) {
    if (/^[A-Z][A-Z0-9_]*$/.test(status)) filters.status = status;
    else fields.push({ path: 'status', message: 'status must be a workflow status id such as RECEIVED' });
  }
  const service = text('service', 100);
  if (service !== undefined) filters.serviceId = service;
  const municipality = text('municipality', 3);
  if (municipality !== undefined) {
    if (/^\d{3}$/.test(municipality)) filters.municipality = municipality;
    else fields.push({ path: 'municipality', message: 'municipality must be a 3-digit code such as 091' });
  }
  const q = text('q', 200);
  if (q !== undefined && q.trim() !== '') filters.q = q.trim();
  const assigned = text('assigned', 10);
  if (assigned !== undefined) {
    if (assigned === 'me') filters.assigneeId = userId;
    else fields.push({ path: 'assigned', message: 'assigned must be "me"' });
  }
  const from = text('from', 10);
  if (from !== undefined) {
    if (validDate(from)) filters.submittedFrom = `${from}T00:00:00.000Z`;
    else fields.push({ path: 'from', message: 'from must be a date YYYY-MM-DD' });
  }
  const to = text('to', 10);
  if (to !== undefined) {
    if (validDate(to)) filters.submittedBefore = dayAfter(to);
    else fields.push({ path: 'to', message: 'to must be a date YYYY-MM-DD' });
  }
  const due = text('due', 10);
  if (due !== undefined) {
    if ((DUE_FILTERS as readonly string[]).includes(due)) filters.due = { filter: due as DueFilter, ...dueRange(due as DueFilter, now) };
    else fields.push({ path: 'due', message: `due must be one of ${DUE_FILTERS.join(', ')}` });
  }
  const sort = text('sort', 20);
  if (sort !== undefined) {
    const parsed = parseInboxSort(sort);
    if (parsed) filters.sort = parsed;
    else fields.push({ path: 'sort', message: `sort must be one of ${INBOX_SORT_KEYS.join(', ')}, with a leading - for descending` });
  }
  const cursor = text('cursor', 1200);
  if (cursor !== undefined) {
    const after = decodeInboxCursor(cursor);
    const expected = sortName(filters.sort);
    if (after === null) fields.push({ path: 'cursor', message: 'cursor is not one this server gave out' });
    else if (after.sort !== expected) fields.push({ path: 'cursor', message: `cursor belongs to sort "${after.sort}", not to "${expected}"; start again without a cursor` });
    else if (sortDependsOnLang(filters.sort.key) && after.lang !== filters.lang) {
      fields.push({ path: 'cursor', message: `cursor belongs to the order in language "${after.lang ?? '?'}", not "${filters.lang}"; start again without a cursor` });
    } else filters.after = after;
  }
  const limit = text('limit', 4);
  if (limit !== undefined) {
    const n = Number(limit);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_INBOX_LIMIT) filters.limit = n;
    else fields.push({ path: 'limit', message: `limit must be a whole number 1–${MAX_INBOX_LIMIT}` });
  }
  return fields.length ? { ok: false, fields } : { ok: true, filters };
}

/** The inbox filters' own rules as the contract route asks for them (server/http/contract-route.ts). */
export function inboxFilterRules(query: Record<string, unknown>, userId: number): () => FieldProblem[] {
  return () => {
    const parsed = parseInboxFilters(query, userId);
    return parsed.ok ? [] : parsed.fields;
  };
}
