/** Texts of the workflow format: a designer's workflow problems, a refused status change's reasons, a decision's appeal instructions. */
import en from './workflow/en.json';
import fi from './workflow/fi.json';
import sv from './workflow/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const workflowProblemTexts = sections.problems;
export const refusalTexts = sections.refusals;
export const appealTexts = sections.appeal;
