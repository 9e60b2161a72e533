/**
 * The kinds whose answer is a text in a named format (an email address, a Finnish phone number,
 * postal code, municipality code, Y-tunnus, henkilötunnus): a string schema with the format and
 * the kind's own widget. The format's check is in formats/, its messages in validation/.
 */
import type { CompiledForm, UiSchema } from '../compiler/schema-types';
import { FORMAT_OF_KIND, WIDGETS } from '../compiler/widget-names';

type FormattedKind = 'email' | 'phone' | 'businessId' | 'personalId' | 'postalCode' | 'municipality';

export function compileFormattedText(kind: FormattedKind, ui: UiSchema): CompiledForm {
  ui['ui:widget'] = WIDGETS[kind];
  return { schema: { type: 'string', format: FORMAT_OF_KIND[kind] }, uiSchema: ui };
}
