import type { ElementKind, Lang, LocalizedText } from '../format/types';
import type { KindTextRole } from '../kinds/kind-spec';

export type FormProblemCode =
  | 'missingTranslation'
  | 'duplicateKey'
  | 'invalidKey'
  | 'conditionUnknownField'
  | 'conditionLaterField'
  | 'conditionFieldInGroup'
  | 'conditionNoAnswer'
  | 'conditionValueNotOption'
  | 'conditionNotComparable'
  | 'emptyChoiceList'
  | 'duplicateOption'
  | 'emptyPage'
  | 'emptySection'
  | 'emptyGroup'
  | 'noPages'
  | 'invalidPattern'
  | 'minAboveMax'
  /** A starting text left as the designer found it ("Tekstikenttä", "Vaihtoehto 1"); `params.value` holds it. */
  | 'placeholderText'
  /** A field's `projectField` names no field of the pack's project data. */
  | 'projectFieldUnknown'
  /** A field and the project data field it maps to hold different kinds of value. */
  | 'projectFieldKind'
  /** A choice maps to project data that can hold an option the field lacks; `params.valueLabel` lists them. */
  | 'projectFieldOptions'
  /** A field inside a repeating group maps to project data (a group has one answer per row). */
  | 'projectFieldInGroup'
  /** A section, group, attachment or info text maps to project data: it holds no shareable value. */
  | 'projectFieldNotValue'
  /** A field maps to project data, but the pack declares none. */
  | 'projectFieldWithoutProjectData'
  /** Project data holds a kind it cannot: a repeating group, an attachment or an info text. */
  | 'projectDataKind';

/** Which text of a thing lacks a translation. */
export type TextRole =
  | KindTextRole
  | 'label'
  | 'help'
  | 'title'
  | 'name'
  | 'description'
  | 'stateLabel'
  | 'transitionLabel'
  | 'customerAlert';

export interface FormProblemParams {
  /** The thing's own name (element label, page title, option label…), shown in the sentence. */
  label?: LocalizedText;
  key?: string;
  /** The key a condition refers to, and that field's label when it exists. */
  field?: string;
  fieldLabel?: LocalizedText;
  value?: string;
  /** `value` as the designer reads it, when it has labels (a choice's options). */
  valueLabel?: LocalizedText;
  text?: TextRole;
  /** The element's kind and the kind of the field it refers to, named in the sentence. */
  kind?: ElementKind;
  fieldKind?: ElementKind;
}

/**
 * A problem the designer must fix before publishing. `path` is dotted into the definition
 * ('pages.1.elements.3.label' for a form; 'services.0.form.pages.1…' within a pack).
 */
export interface FormProblem {
  code: FormProblemCode;
  elementId?: string;
  path: string;
  lang?: Lang;
  params?: FormProblemParams;
}
