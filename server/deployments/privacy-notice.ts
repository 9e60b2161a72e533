/**
 * An authority's own privacy notice (tietosuojaseloste) for one deployed service: a link to the
 * notice on its own site, or the notice as text. At most one of the two; without either the
 * customer is shown Kevyt's general notice. A link must be https: the notice is personal-data
 * information a customer must be able to trust, and a plain-http page can be altered on the way.
 */
import type { PrivacyNotice } from '../../api-contract';
import type { FieldProblem } from '../http/errors';

export { PRIVACY_TEXT_MAX, PRIVACY_URL_MAX } from '../../api-contract/limits';


export interface PrivacyNoticeInput {
  privacyNoticeUrl?: string | null;
  privacyNoticeText?: string | null;
}

/** The problems of a privacy-notice input, by field; empty when it may be stored. */
export function privacyNoticeProblems(input: PrivacyNoticeInput): FieldProblem[] {
  const url = input.privacyNoticeUrl?.trim() || null;
  const text = input.privacyNoticeText?.trim() || null;
  const problems: FieldProblem[] = [];
  if (url !== null) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || parsed.protocol !== 'https:' || parsed.hostname === '')
      problems.push({ path: 'privacyNoticeUrl', message: 'Must be a full https:// address, e.g. https://www.example.fi/tietosuoja' });
  }
  if (url !== null && text !== null)
    problems.push({ path: 'privacyNoticeText', message: 'Give either privacyNoticeUrl or privacyNoticeText, not both' });
  return problems;
}

/** The stored columns → what a customer page shows. */
export function privacyNoticeOf(row: { privacyNoticeUrl: string | null; privacyNoticeText: string | null }): PrivacyNotice {
  if (row.privacyNoticeUrl) return { kind: 'url', url: row.privacyNoticeUrl };
  if (row.privacyNoticeText) return { kind: 'text', text: row.privacyNoticeText };
  return null;
}
