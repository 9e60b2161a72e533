/** Texts of the workflow format: a designer's workflow problems and a refused status change's reasons. */
import en from './workflow/en.json';
import fi from './workflow/fi.json';
import sv from './workflow/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const workflowProblemTexts = sections.problems;
export const refusalTexts = sections.refusals;
