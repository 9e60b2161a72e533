/** Texts of a form as any reader meets it: the renderer's controls and messages, the compiler's own labels, the answers' field messages. */
import en from './form/en.json';
import fi from './form/fi.json';
import sv from './form/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const rendererTexts = sections.renderer;
