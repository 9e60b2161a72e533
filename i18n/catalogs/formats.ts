/** The words `i18n/intl-format.ts` puts beside numbers (Intl's own unit names differ from what the desk writes). */
import en from './formats/en.json';
import fi from './formats/fi.json';
import sv from './formats/sv.json';
import { defineCatalog } from '../translate';

export const formatsTexts = defineCatalog({ fi, sv, en });
