/**
 * One phrase per way a pack can break the form-pack format's schema, in the reader's language:
 * what the server answers an API client (English by default) or a staff screen (its `?lang=`),
 * and what the builder's import dialog shows. It follows the place, as in "pages.0.kind: is required".
 */
import type { Lang } from '../format/types';
import { fillPlaceholders } from '../text/fill-placeholders';

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

const PHRASES: Record<FormatErrorCode, Record<Lang, string>> = {
  required: { fi: 'on pakollinen', sv: 'är obligatorisk', en: 'is required' },
  unknownProperty: { fi: 'ei kuulu tähän kohtaan', sv: 'hör inte hemma här', en: 'is not a known property here' },
  notOneOf: { fi: 'pitää olla jokin näistä: {values}', sv: 'måste vara något av: {values}', en: 'must be one of: {values}' },
  notConst: { fi: 'pitää olla {value}', sv: 'måste vara {value}', en: 'must be {value}' },
  wrongType: { fi: 'pitää olla tyyppiä {type}', sv: 'måste vara av typen {type}', en: 'must be {type}' },
  operatorProperties: {
    fi: 'sisältää ominaisuuksia, jotka eivät kuulu tälle ehdon operaattorille',
    sv: 'har egenskaper som inte hör till den här villkorsoperatorn',
    en: 'has properties that do not belong to this condition operator',
  },
  tooShort: { fi: 'pitää olla vähintään {limit} merkkiä', sv: 'måste ha minst {limit} tecken', en: 'must have at least {limit} characters' },
  tooLong: { fi: 'saa olla enintään {limit} merkkiä', sv: 'får ha högst {limit} tecken', en: 'must have at most {limit} characters' },
  badPattern: { fi: 'on väärän muotoinen', sv: 'har fel format', en: 'has the wrong format' },
  belowMinimum: { fi: 'pitää olla vähintään {limit}', sv: 'måste vara minst {limit}', en: 'must be at least {limit}' },
  aboveMaximum: { fi: 'saa olla enintään {limit}', sv: 'får vara högst {limit}', en: 'must be at most {limit}' },
  tooFewItems: { fi: 'pitää sisältää vähintään {limit} kohtaa', sv: 'måste innehålla minst {limit} poster', en: 'must have at least {limit} items' },
  tooManyItems: { fi: 'saa sisältää enintään {limit} kohtaa', sv: 'får innehålla högst {limit} poster', en: 'must have at most {limit} items' },
  repeatedItems: { fi: 'ei saa sisältää samaa kohtaa kahdesti', sv: 'får inte innehålla samma post två gånger', en: 'must not repeat an item' },
  changelogOrder: {
    fi: 'versioiden pitää edetä uusimmasta vanhimpaan, kukin kerran',
    sv: 'versionerna måste gå från den nyaste till den äldsta, var och en en gång',
    en: 'versions must run from the newest down, each once',
  },
  // Said of the whole file (its path is empty), so a sentence of its own.
  notJson: { fi: 'Tiedosto ei ole JSON-muotoinen.', sv: 'Filen är inte i JSON-format.', en: 'The file is not JSON.' },
  invalid: { fi: 'ei kelpaa', sv: 'är ogiltig', en: '{detail}' },
};

export function describeFormatError(code: FormatErrorCode, params: FormatErrorParams, lang: Lang): string {
  const phrase = fillPlaceholders(PHRASES[code][lang], params);
  return phrase === '' ? 'is invalid' : phrase;
}
