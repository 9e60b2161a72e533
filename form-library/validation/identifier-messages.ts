/**
 * The message for what is wrong with a business ID or a personal identity code, or null when it is
 * valid. The live check beside the field, the check on "next" and the server's 422 all use it, so
 * the customer reads one message naming one thing: the form, the date or the check character.
 */
import type { Lang } from '../format/types';
import { businessIdProblem } from '../formats/business-id';
import { personalIdProblem } from '../formats/personal-id';
import { message } from './messages';

export function businessIdMessage(value: string, lang: Lang): string | null {
  const problem = businessIdProblem(value);
  return problem && message(`businessId.${problem}`, lang);
}

export function personalIdMessage(value: string, lang: Lang, today?: Date): string | null {
  const problem = personalIdProblem(value, today);
  return problem && message(`personalId.${problem}`, lang);
}
