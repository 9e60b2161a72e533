import type { Lang, LocalizedText } from '../format/types';

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
  | 'placeholderText';

/** Which text of a thing lacks a translation. */
export type TextRole =
  | 'label'
  | 'help'
  | 'title'
  | 'text'
  | 'option'
  | 'patternMessage'
  | 'itemLabel'
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
  text?: TextRole;
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
