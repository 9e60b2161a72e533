/** The builder's texts, one section per screen. */
import en from './builder/en.json';
import fi from './builder/fi.json';
import sv from './builder/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const workflowTexts = sections.workflow;
export const commonTexts = sections.common;
export const shellTexts = sections.shell;
export const staffTexts = sections.staff;
export const draftTexts = sections.drafts;
export const packTexts = sections.packs;
export const diffTexts = sections.diff;
export const outboxTexts = sections.outbox;
/** An authority admin's API keys for the case-management system. */
export const apiKeyTexts = sections.apiKeys;
/** An authority admin's webhook endpoints and their delivery console. */
export const webhookTexts = sections.webhooks;
/** The integration API's documentation (the OpenAPI document) beside the API keys. */
export const apiDocsTexts = sections.apiDocs;
export const panelTexts = sections.panel;
export const designerTexts = sections.designer;
export const problemListTexts = sections.problemList;
export const previewTexts = sections.preview;
export const deploymentTexts = sections.deployments;
/** The element kinds' names and a new element's starting texts live with the pack's texts (form-library checks them). */
export { kindTexts, newElementTexts } from './pack';
/** The assessment designer: questions, rules, the test panel. */
export const assessmentDesignerTexts = sections.assessments;
/** A running deployment's settings: what customers are told, the appeal instructions decisions carry. */
export const deploymentSettingsTexts = sections.deploymentSettings;
/** The pack's project data (hanketiedot) in the designer. */
export const projectDataTexts = sections.projectData;
