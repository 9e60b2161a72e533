/** The customer's project (hanke): starting one, its page and timeline, its permits' forms, changing its data. */
import en from './project/en.json';
import fi from './project/fi.json';
import sv from './project/sv.json';
import { defineCatalog } from '../translate';

export const projectTexts = defineCatalog({ fi, sv, en });
