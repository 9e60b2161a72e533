/** Names the answers refer to by id or code, and dates as people read them: what reading an answer needs. */
import type { Lang } from '../format/types';
import { formatAnswerDate } from '../../i18n/intl-format';

/** Names the answers refer to by id or code; without one, the id or code itself is shown. */
export interface AnswerLookups {
  /** Name of an attachment by id (the file name). */
  attachmentName?: (id: string) => string | undefined;
  /** Name of a municipality by code in the language. */
  municipalityName?: (code: string, lang: Lang) => string | undefined;
}

/** ISO date 'YYYY-MM-DD' as people read it: '5.1.2026' in Finnish and Swedish, '5 January 2026' in English. */
export function formatDate(iso: unknown, lang: Lang): string {
  return typeof iso === 'string' ? formatAnswerDate(iso, lang) : '';
}
