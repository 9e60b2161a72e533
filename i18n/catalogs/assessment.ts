/** The customer pages' permit-needs assessment: finding it, answering it, its result (questions, reasons and services come from the pack). */
import en from './assessment/en.json';
import fi from './assessment/fi.json';
import sv from './assessment/sv.json';
import { defineCatalog } from '../translate';

export const assessmentTexts = defineCatalog({ fi, sv, en });
