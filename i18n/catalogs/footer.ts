/** The footer links every app shows (customer pages, handler desk, builder). */
import en from './footer/en.json';
import fi from './footer/fi.json';
import sv from './footer/sv.json';
import { defineCatalog } from '../translate';

export const footerTexts = defineCatalog({ fi, sv, en });
