/**
 * The new-key form's rules: what the admin typed (a name, ticked scopes, an allow-list one
 * address per line, an expiry day) turned into the API's body, the problems the form can see
 * itself, and the server's field problems placed by the form field they concern.
 */
import type { FieldProblem } from '../../api-contract';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../permissions/permissions';
import type { NewApiKey } from './api';

export { API_KEY_SCOPES, type ApiKeyScope };

export interface ApiKeyDraft {
  name: string;
  scopes: readonly ApiKeyScope[];
  /** One address or IPv4 range per line (commas and spaces also separate); blank: from anywhere. */
  allowList: string;
  /** A day as an <input type="date"> gives it (YYYY-MM-DD); blank: until revoked. */
  expiryDay: string;
}

export type DraftField = 'name' | 'scopes' | 'allowList' | 'expiryDay';

/** What the form says of a field: a code the page words in the admin's language, and which allow-list entry. */
export type DraftProblem =
  | { field: 'name'; code: 'required' }
  | { field: 'scopes'; code: 'required' }
  | { field: 'expiryDay'; code: 'past' | 'invalid' }
  | { field: 'allowList'; code: 'invalid'; entry: string }
  | { field: DraftField; code: 'server'; message: string };

export const EMPTY_DRAFT: ApiKeyDraft = { name: '', scopes: [], allowList: '', expiryDay: '' };

export function allowListEntries(text: string): string[] {
  return text.split(/[\s,]+/).map((e) => e.trim()).filter((e) => e !== '');
}

/** The end of `day` in the browser's time zone, as the API wants it (ISO with a zone), or null for a bad day. */
export function expiryTime(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const end = new Date(`${day}T23:59:59`);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}

/** The problems the form sees before asking the server; the server still checks the addresses. */
export function draftProblems(draft: ApiKeyDraft, now: Date): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.name.trim() === '') problems.push({ field: 'name', code: 'required' });
  if (draft.scopes.length === 0) problems.push({ field: 'scopes', code: 'required' });
  if (draft.expiryDay !== '') {
    const time = expiryTime(draft.expiryDay);
    if (time === null) problems.push({ field: 'expiryDay', code: 'invalid' });
    else if (new Date(time).getTime() <= now.getTime()) problems.push({ field: 'expiryDay', code: 'past' });
  }
  return problems;
}

/** The API's body for a draft without problems. */
export function newApiKeyBody(draft: ApiKeyDraft): NewApiKey {
  const entries = allowListEntries(draft.allowList);
  const expiresAt = draft.expiryDay === '' ? null : expiryTime(draft.expiryDay);
  return {
    name: draft.name.trim(),
    scopes: API_KEY_SCOPES.filter((s) => draft.scopes.includes(s)),
    ...(entries.length > 0 ? { ipAllowList: entries } : {}),
    ...(expiresAt !== null ? { expiresAt } : {}),
  };
}

/** The server's field problems (`ipAllowList.2`, `expiresAt`, …) placed by the form field they concern. */
export function serverProblems(fields: readonly FieldProblem[], draft: ApiKeyDraft): DraftProblem[] {
  const entries = allowListEntries(draft.allowList);
  return fields.map((f): DraftProblem => {
    const allow = /^\/?ipAllowList[./](\d+)/.exec(f.path);
    if (allow) return { field: 'allowList', code: 'invalid', entry: entries[Number(allow[1])] ?? '' };
    if (/^\/?expiresAt/.test(f.path)) return { field: 'expiryDay', code: 'server', message: f.message };
    if (/^\/?scopes/.test(f.path)) return { field: 'scopes', code: 'server', message: f.message };
    if (/^\/?ipAllowList/.test(f.path)) return { field: 'allowList', code: 'server', message: f.message };
    return { field: 'name', code: 'server', message: f.message };
  });
}
