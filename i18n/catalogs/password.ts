/** The change-password screen both apps show after a sign-in with a temporary password or from the header. */
import en from './password/en.json';
import fi from './password/fi.json';
import sv from './password/sv.json';
import { defineCatalog } from '../translate';

export const passwordTexts = defineCatalog({ fi, sv, en });
