/** What the server writes itself: alert emails, exports (PDF, CSV), decision documents, its own field messages, a case's history. */
import en from './server/en.json';
import fi from './server/fi.json';
import sv from './server/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const alertTexts = sections.alerts;
export const exportTexts = sections.exports;
export const submissionTexts = sections.submissions;
export const packApiTexts = sections.packs;
export const caseHistoryTexts = sections.cases;
export const decisionTexts = sections.decisions;
export const projectTexts = sections.projects;
