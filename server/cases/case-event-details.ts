/**
 * The details a history row carries beyond its text (case_events.details_json): an information
 * request's reply deadline, the answers before and after a supplement, the decision a step recorded.
 * Written only by the server; read back defensively, so a row written by an older version reads as
 * having no details rather than failing the whole case view.
 */
import type { FormData } from '../../form-library/format/types';

export interface CaseEventDetails {
  /** An information request: the day the customer is asked to answer by (YYYY-MM-DD). */
  replyBy?: string;
  /** A supplement: every answer before and after it (the changes are computed when shown). */
  before?: FormData;
  after?: FormData;
  /** A decision step: the decisions row it recorded. */
  decisionId?: number;
  /** A step or message of the case-management system: the public id of the API key it used. */
  apiKeyId?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function detailsJson(details: CaseEventDetails): string {
  return JSON.stringify(details);
}

export function parseDetails(json: string | null): CaseEventDetails {
  if (json === null) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (!isRecord(raw)) return {};
  const out: CaseEventDetails = {};
  if (typeof raw.replyBy === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.replyBy)) out.replyBy = raw.replyBy;
  if (isRecord(raw.before)) out.before = raw.before;
  if (isRecord(raw.after)) out.after = raw.after;
  if (typeof raw.decisionId === 'number' && Number.isSafeInteger(raw.decisionId)) out.decisionId = raw.decisionId;
  if (typeof raw.apiKeyId === 'string') out.apiKeyId = raw.apiKeyId;
  return out;
}
