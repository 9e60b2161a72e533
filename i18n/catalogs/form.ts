/** Texts of a form as any reader meets it: the renderer's controls and messages, the labels of composite fields' parts, the answers' field messages. */
import en from './form/en.json';
import fi from './form/fi.json';
import sv from './form/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const rendererTexts = sections.renderer;
/** Labels of a composite field's parts and of yes/no: the compiler puts them in the uiSchema, the renderer and summaries use them too. */
export const partTexts = sections.parts;
/** Field messages of a submission's answers, the same in the browser and on the server. */
export const validationTexts = sections.validation;
