import type { FormDefinition, FormElement } from '../../../../form-library/format/types';
import type { ElementPatch, FormOp } from '../../modeling/operations';

export interface GroupProps<E extends FormElement = FormElement> {
  element: E;
  definition: FormDefinition;
  /** Changes properties; `coalesceKey` merges a run of keystrokes into one undo step. */
  patch(patch: ElementPatch, coalesceKey?: string): void;
  dispatch(op: FormOp, coalesceKey?: string): void;
}
