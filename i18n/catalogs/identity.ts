/** The local test identity provider's pages (identity/test-provider): sign-in, sign-out, errors. */
import en from './identity/en.json';
import fi from './identity/fi.json';
import sv from './identity/sv.json';
import { defineCatalog } from '../translate';

export const identityTexts = defineCatalog({ fi, sv, en });
