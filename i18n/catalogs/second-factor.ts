/** Two-step verification in both staff apps: the second step of a sign-in, setting up an authenticator, its settings. */
import en from './second-factor/en.json';
import fi from './second-factor/fi.json';
import sv from './second-factor/sv.json';
import { defineCatalog } from '../translate';

export const secondFactorTexts = defineCatalog({ fi, sv, en });
