/** Texts about a form pack as its designers and the API see it: form problems, format errors of a pack file, changes between versions, assessment problems. */
import en from './pack/en.json';
import fi from './pack/fi.json';
import sv from './pack/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const formProblemTexts = sections.formProblems;
export const formatErrorTexts = sections.formatErrors;
export const changeTexts = sections.changes;
/** Problems of a permit-needs assessment: its rules, questions and test cases. */
export const assessmentProblemTexts = sections.assessmentProblems;
