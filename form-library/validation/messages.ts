/** Field error messages of a submission, in the customer's language (the form catalog's `validation` section). */
import type { Lang } from '../format/types';
import { validationTexts } from '../../i18n/catalogs/form';
import { translator, type KeyOf, type MessageValues } from '../../i18n/translate';

export type MessageId = KeyOf<typeof validationTexts>;

export function message(id: MessageId, lang: Lang, params: MessageValues = {}): string {
  return translator(validationTexts, lang)(id, params);
}
