/**
 * Field messages the server adds to a submission's own (form-library) messages: the municipality
 * and the attachments, which only the server can check. In the customer's language
 * (the server catalog's `submissions` section).
 */
import type { Lang } from '../../form-library/format/types';
import { submissionTexts } from '../../i18n/catalogs/server';
import { translator, type KeyOf, type MessageValues } from '../../i18n/translate';

export type SubmissionMessageId = KeyOf<typeof submissionTexts>;

export function submissionMessage(id: SubmissionMessageId, lang: Lang, params: MessageValues = {}): string {
  return translator(submissionTexts, lang)(id, params);
}
