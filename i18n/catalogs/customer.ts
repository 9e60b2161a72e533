/** The customer pages' texts (form texts come from the pack). */
import en from './customer/en.json';
import fi from './customer/fi.json';
import sv from './customer/sv.json';
import { defineCatalog } from '../translate';

export const customerTexts = defineCatalog({ fi, sv, en });
