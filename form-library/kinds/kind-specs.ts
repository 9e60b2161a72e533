/**
 * Every field kind's spec by kind. The compiler, the answer formatting, normalisation, the
 * submission check and the designer read a kind from here; `KindSpecs` is a mapped type over
 * ElementKind, so a kind of the format without a spec fails the typecheck.
 */
import type { ElementKind, FormElement } from '../format/types';
import type { KindConditions, KindSpec, KindSpecs } from './kind-spec';
import { addressSpec } from './address';
import { attachmentSpec } from './attachment';
import { businessIdSpec } from './business-id';
import { choiceSpec } from './choice';
import { dateSpec } from './date';
import { dateRangeSpec } from './date-range';
import { emailSpec } from './email';
import { groupSpec } from './group';
import { infoSpec } from './info';
import { multiChoiceSpec } from './multi-choice';
import { municipalitySpec } from './municipality';
import { numberSpec } from './number';
import { personalIdSpec } from './personal-id';
import { phoneSpec } from './phone';
import { postalCodeSpec } from './postal-code';
import { sectionSpec } from './section';
import { textSpec } from './text';
import { textareaSpec } from './textarea';
import { timeSpec } from './time';
import { yesNoSpec } from './yes-no';

export const KIND_SPECS: KindSpecs = {
  text: textSpec,
  textarea: textareaSpec,
  number: numberSpec,
  email: emailSpec,
  phone: phoneSpec,
  date: dateSpec,
  time: timeSpec,
  dateRange: dateRangeSpec,
  choice: choiceSpec,
  multiChoice: multiChoiceSpec,
  yesNo: yesNoSpec,
  businessId: businessIdSpec,
  personalId: personalIdSpec,
  postalCode: postalCodeSpec,
  address: addressSpec,
  municipality: municipalitySpec,
  attachment: attachmentSpec,
  info: infoSpec,
  section: sectionSpec,
  group: groupSpec,
};

/** One kind's spec. */
export function specOf<K extends ElementKind>(kind: K): KindSpec<K> {
  return KIND_SPECS[kind];
}

/**
 * The spec of an element's kind, typed over every kind: its methods take any element. Each
 * spec reads only elements of its own kind, which `element.kind` guarantees here.
 */
export function specOfElement(element: FormElement): KindSpec<ElementKind> {
  return KIND_SPECS[element.kind] as KindSpec<ElementKind>;
}

const AS_TEXT: KindConditions<ElementKind> = { valueType: 'string' };

/** How conditions read an element's answer: as its kind's spec says, or as text. */
export function conditionsOf(element: FormElement): KindConditions<ElementKind> {
  return specOfElement(element).conditions ?? AS_TEXT;
}
