/**
 * How each field kind shows in the renderer: the rjsf widget or field that draws it, the
 * components it brings to rjsf's registries under those names, and the frame around it. The
 * kind's spec (form-library/kinds) decides what its data is; this decides how it looks. Typed over
 * every kind, so a kind of the format without its view fails the typecheck.
 */
import type { RegistryFieldsType, RegistryWidgetsType } from '@rjsf/utils';
import type { ChoiceOption, ElementKind, FormElement, Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import type { ElementOf } from '../../form-library/kinds/kind-spec';
import { AddressField } from './fields/AddressField';
import { AttachmentField } from './fields/AttachmentField';
import { DateRangeField } from './fields/DateRangeField';
import { InfoField } from './fields/InfoField';
import { NumberField } from './fields/NumberField';
import { BaseInputTemplate } from './templates/BaseInputTemplate';
import { BusinessIdWidget, PersonalIdWidget, PhoneWidget, PostalCodeWidget } from './widgets/CheckedIdWidgets';
import { CheckboxesWidget, RadioWidget, SelectWidget, YesNoWidget } from './widgets/ChoiceWidgets';
import { MunicipalityWidget } from './widgets/MunicipalityWidget';
import { TextareaWidget } from './widgets/TextareaWidget';
import { TimeWidget } from './widgets/TimeWidget';

/**
 * The frame FieldTemplate puts around a kind's control: a label, a fieldset with a legend (a
 * group of inputs), or none (the kind draws its own heading or label, or has none).
 */
export type KindFrame = 'label' | 'fieldset' | 'own';

export interface KindView<K extends ElementKind> {
  /** The rjsf widget name the element shows with (rjsf's own, e.g. 'text', or one of `widgets`). */
  widget?: string | ((element: ElementOf<K>) => string);
  /** The rjsf field name that draws the whole answer (one of `fields`). */
  field?: string;
  /** Widget components the kind brings, by the name rjsf looks them up with. */
  widgets?: RegistryWidgetsType;
  /** Field components the kind brings, by name. */
  fields?: RegistryFieldsType;
  frame: KindFrame | ((element: ElementOf<K>) => KindFrame);
  /** The kind's control shows its own errors (FieldTemplate leaves them out). */
  ownErrors?: boolean;
  /** The kind's control shows its own help text (FieldTemplate leaves it out). */
  ownHelp?: boolean;
  /** The names its enum's values show with (a choice's options), by value. */
  enumNames?(element: ElementOf<K>, lang: Lang): Record<string, string>;
}

/** A choice's options by their value, named in the language. */
function optionNames(element: { options: ChoiceOption[] }, lang: Lang): Record<string, string> {
  return Object.fromEntries(element.options.map((o) => [o.value, localize(o.label, lang)]));
}

export type KindViews = { [K in ElementKind]: KindView<K> };

export const KIND_VIEWS: KindViews = {
  // rjsf's TextWidget only hands its props on to BaseInputTemplate: one component less per text field.
  text: { widget: 'text', widgets: { TextWidget: BaseInputTemplate }, frame: 'label' },
  textarea: { widget: 'textarea', widgets: { TextareaWidget }, frame: 'label' },
  // rjsf's number field, ours: it keeps what is typed until it is a number.
  number: { fields: { NumberField }, frame: 'label' },
  email: { widget: 'email', frame: 'label' },
  phone: { widget: 'phone', widgets: { phone: PhoneWidget }, frame: 'label' },
  date: { widget: 'date', frame: 'label' },
  time: { widget: 'time', widgets: { time: TimeWidget }, frame: 'label' },
  dateRange: { field: 'dateRange', fields: { dateRange: DateRangeField }, frame: 'fieldset' },
  choice: {
    widget: (element) => (element.display === 'select' ? 'select' : 'radio'),
    widgets: { RadioWidget, SelectWidget },
    frame: (element) => (element.display === 'select' ? 'label' : 'fieldset'),
    enumNames: optionNames,
  },
  multiChoice: { widget: 'checkboxes', widgets: { CheckboxesWidget }, frame: 'fieldset', enumNames: optionNames },
  yesNo: { widget: 'yesNo', widgets: { yesNo: YesNoWidget }, frame: 'fieldset' },
  businessId: { widget: 'businessId', widgets: { businessId: BusinessIdWidget }, frame: 'label' },
  personalId: { widget: 'personalId', widgets: { personalId: PersonalIdWidget }, frame: 'label' },
  postalCode: { widget: 'postalCode', widgets: { postalCode: PostalCodeWidget }, frame: 'label' },
  address: { field: 'address', fields: { address: AddressField }, frame: 'fieldset' },
  municipality: { widget: 'municipality', widgets: { municipality: MunicipalityWidget }, frame: 'label' },
  attachment: { field: 'attachment', fields: { attachment: AttachmentField }, frame: 'own', ownErrors: true },
  info: { field: 'info', fields: { info: InfoField }, frame: 'own' },
  // A section's fieldset (ObjectFieldTemplate) shows its heading and help.
  section: { frame: 'own', ownHelp: true },
  group: { frame: 'own' },
};

/** One kind's view. */
export function viewOf<K extends ElementKind>(kind: K): KindView<K> {
  return KIND_VIEWS[kind];
}

/** The view of an element's kind, typed over every kind: each view reads only elements of its own kind. */
export function viewOfElement(element: FormElement): KindView<ElementKind> {
  return KIND_VIEWS[element.kind] as KindView<ElementKind>;
}

/** The frame around an element's control. */
export function frameOf(element: FormElement): KindFrame {
  const { frame } = viewOfElement(element);
  return typeof frame === 'string' ? frame : frame(element);
}
