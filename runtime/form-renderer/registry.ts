/**
 * Our widgets, fields and templates as rjsf registries: rjsf stays unforked, the look and the
 * Finnish inputs are ours.
 */
import type { RegistryFieldsType, RegistryWidgetsType, TemplatesType, Widget } from '@rjsf/utils';
import { AddressField } from './fields/AddressField';
import { AttachmentField } from './fields/AttachmentField';
import { DateRangeField } from './fields/DateRangeField';
import { InfoField } from './fields/InfoField';
import { NumberField } from './fields/NumberField';
import { ArrayFieldItemTemplate, ArrayFieldTemplate } from './templates/ArrayFieldTemplate';
import { BaseInputTemplate } from './templates/BaseInputTemplate';
import { DescriptionFieldTemplate } from './templates/DescriptionFieldTemplate';
import { FieldErrorTemplate } from './templates/FieldErrorTemplate';
import { FieldHelpTemplate } from './templates/FieldHelpTemplate';
import { FieldTemplate } from './templates/FieldTemplate';
import { ObjectFieldTemplate } from './templates/ObjectFieldTemplate';
import { TitleFieldTemplate } from './templates/TitleFieldTemplate';
import { BusinessIdWidget, PersonalIdWidget, PhoneWidget, PostalCodeWidget } from './widgets/CheckedIdWidgets';
import { CheckboxesWidget, RadioWidget, SelectWidget, YesNoWidget } from './widgets/ChoiceWidgets';
import { MunicipalityWidget } from './widgets/MunicipalityWidget';
import { TextareaWidget } from './widgets/TextareaWidget';
import { TimeWidget } from './widgets/TimeWidget';
import { noCompileValidator } from './no-compile-validator';

/**
 * rjsf's validator, which never compiles a schema (no-compile-validator.ts), so the customer pages
 * need no 'unsafe-eval' and carry no ajv: the pages are rendered with `noValidate`, answers are
 * checked by form-library's checkAnswers with the form's check (precompiled by the server for the
 * customer, see precompiled-check.ts). rjsf's createPrecompiledValidator is not needed, nor could
 * it be: a page's schema changes with the answers its conditions read, and a precompiled
 * validator fits one schema only.
 */
export const validator = noCompileValidator;

/**
 * rjsf wraps every widget component in a `MergedWidget` that merges the widget's
 * `defaultProps.options` into its props, and caches that wrapper on the widget (`Widget.MergedWidget`).
 * Ours have no default options, so the wrapper would only add a component to every field of a page:
 * the cache is filled with the widget itself and rjsf renders it directly.
 */
function direct<W extends Widget>(widget: W): W {
  widget.MergedWidget = widget;
  return widget;
}

export const widgets: RegistryWidgetsType = {
  // rjsf's TextWidget only hands its props on to BaseInputTemplate: one component less per text field.
  TextWidget: direct(BaseInputTemplate),
  TextareaWidget: direct(TextareaWidget),
  RadioWidget: direct(RadioWidget),
  SelectWidget: direct(SelectWidget),
  CheckboxesWidget: direct(CheckboxesWidget),
  yesNo: direct(YesNoWidget),
  businessId: direct(BusinessIdWidget),
  personalId: direct(PersonalIdWidget),
  phone: direct(PhoneWidget),
  postalCode: direct(PostalCodeWidget),
  municipality: direct(MunicipalityWidget),
  time: direct(TimeWidget),
};

export const fields: RegistryFieldsType = {
  address: AddressField,
  dateRange: DateRangeField,
  attachment: AttachmentField,
  info: InfoField,
  NumberField,
};

export const templates: Partial<Omit<TemplatesType, 'ButtonTemplates'>> = {
  FieldTemplate,
  FieldErrorTemplate,
  FieldHelpTemplate,
  DescriptionFieldTemplate,
  TitleFieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  BaseInputTemplate,
};
