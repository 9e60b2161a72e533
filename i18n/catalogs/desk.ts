/** The handler desk's texts, one section per part of it. */
import en from './desk/en.json';
import fi from './desk/fi.json';
import sv from './desk/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const caseTexts = sections.case;
export const layoutTexts = sections.layout;
export const sessionTexts = sections.session;
export const deskAlertTexts = sections.alerts;
export const inboxTexts = sections.inbox;
export const statusTexts = sections.statuses;
export const lifecycleTexts = sections.lifecycle;
export const caseProjectTexts = sections.project;
