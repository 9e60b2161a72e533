/** Names of the element kinds in the palette, in the designer's three languages (each kind's spec names its text). */
import type { ElementKind, Lang, LocalizedText } from '../../../form-library/format/types';
import { kindTexts } from '../../../i18n/catalogs/builder';
import { inEveryLang, translator } from '../../../i18n/translate';
import { specOf } from '../../../form-library/kinds';

export function kindName(kind: ElementKind, lang: Lang): string {
  return translator(kindTexts, lang)(specOf(kind).designer.nameKey);
}

/** The kind's name in every language: a new element's label until the designer writes their own. */
export function kindLabel(kind: ElementKind): LocalizedText {
  return inEveryLang(kindTexts, specOf(kind).designer.nameKey);
}
