import type { UiSchema } from '@rjsf/utils';
import type { FormElement } from '../../../form-library/format/types';

/** The definition element the overlay put in ui:options, for widgets that need its limits or texts. */
export function elementOf<T>(uiSchema: UiSchema<T> | undefined): FormElement | undefined {
  const options = uiSchema?.['ui:options'] as { element?: FormElement } | undefined;
  return options?.element;
}
