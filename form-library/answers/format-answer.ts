/**
 * How one answer reads wherever people read it: the summary before sending, the receipt, My
 * submissions, the handler's case view, the PDF and the CSV. Labels instead of codes, dates as
 * Finnish and Swedish readers write them. Plain text; an unanswered value reads as ''. Each kind
 * reads its own answers (its spec in kinds/).
 */
import type { FormElement, Lang } from '../format/types';
import { specOfElement } from '../kinds/kind-specs';
import type { AnswerLookups } from './answer-lookups';

export { formatDate, type AnswerLookups } from './answer-lookups';

/** A leaf answer as text (sections and groups are read through their fields). */
export function formatAnswer(element: FormElement, value: unknown, lang: Lang, lookups: AnswerLookups = {}): string {
  if (value === undefined || value === null) return '';
  return specOfElement(element).formatAnswer(element, value, lang, lookups);
}
