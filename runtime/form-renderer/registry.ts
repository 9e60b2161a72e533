/**
 * Our widgets, fields and templates as rjsf registries: rjsf stays unforked, the look and the
 * Finnish inputs are ours. The validator carries form-library's Finnish formats.
 */
import type { RegistryFieldsType, RegistryWidgetsType, TemplatesType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { finnishFormats } from './library';
import { AddressField } from './fields/AddressField';
import { AttachmentField } from './fields/AttachmentField';
import { DateRangeField } from './fields/DateRangeField';
import { InfoField } from './fields/InfoField';
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

export const validator = customizeValidator({ customFormats: finnishFormats });

export const widgets: RegistryWidgetsType = {
  TextareaWidget,
  RadioWidget,
  SelectWidget,
  CheckboxesWidget,
  yesNo: YesNoWidget,
  businessId: BusinessIdWidget,
  personalId: PersonalIdWidget,
  phone: PhoneWidget,
  postalCode: PostalCodeWidget,
  municipality: MunicipalityWidget,
};

export const fields: RegistryFieldsType = {
  address: AddressField,
  dateRange: DateRangeField,
  attachment: AttachmentField,
  info: InfoField,
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
