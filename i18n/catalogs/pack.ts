/** Texts about a form pack as its designers and the API see it: form problems, format errors of a pack file, changes between versions, assessment problems. */
import en from './pack/en.json';
import fi from './pack/fi.json';
import sv from './pack/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const formProblemTexts = sections.formProblems;
export const formatErrorTexts = sections.formatErrors;
export const changeTexts = sections.changes;
/** A pack's own rules: it has a service, its services' ids differ. */
export const packRuleTexts = sections.packRules;
/** Problems of a permit-needs assessment: its rules, questions and test cases. */
export const assessmentProblemTexts = sections.assessmentProblems;
/** The element kinds' names: the palette's, and a new element's first label. */
export const kindTexts = sections.kinds;
/** What a new option, page, info text and group row start as, for the designer to overwrite. */
export const newElementTexts = sections.newElement;
