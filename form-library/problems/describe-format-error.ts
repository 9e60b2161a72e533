/**
 * One phrase per way a pack can break the form-pack format's schema, in the reader's language:
 * what the server answers an API client (English by default) or a staff screen (its `?lang=`),
 * and what the builder's import dialog shows. It follows the place, as in "pages.0.kind: is required".
 */
import type { Lang } from '../format/types';
import { formatErrorTexts } from '../../i18n/catalogs/pack';
import { translator } from '../../i18n/translate';

export type FormatErrorCode =
  | 'required'
  | 'unknownProperty'
  | 'notOneOf'
  | 'notConst'
  | 'wrongType'
  | 'operatorProperties'
  | 'tooShort'
  | 'tooLong'
  | 'badPattern'
  | 'belowMinimum'
  | 'aboveMaximum'
  | 'tooFewItems'
  | 'tooManyItems'
  | 'repeatedItems'
  | 'changelogOrder'
  | 'notJson'
  | 'invalid';

/** `values`, `value`, `type`, `limit`: what the phrase names; `detail`: the validator's own English words. */
export type FormatErrorParams = Partial<Record<'values' | 'value' | 'type' | 'limit' | 'detail', string>>;

export function describeFormatError(code: FormatErrorCode, params: FormatErrorParams, lang: Lang): string {
  // The validator's own words are English: an English reader gets them, others the catalog's phrase.
  if (code === 'invalid' && lang === 'en' && params.detail) return params.detail;
  return translator(formatErrorTexts, lang)(code, params);
}
