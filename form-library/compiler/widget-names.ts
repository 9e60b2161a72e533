/**
 * The contract between the compiler and the renderer's registries: the names the compiled
 * uiSchema uses. Objects cannot take an rjsf widget, so address, date range and info are fields.
 */
export const WIDGETS = {
  businessId: 'businessId',
  personalId: 'personalId',
  municipality: 'municipality',
  phone: 'phone',
  postalCode: 'postalCode',
  email: 'email',
  date: 'date',
  time: 'time',
  attachment: 'attachment',
  radio: 'radio',
  select: 'select',
  checkboxes: 'checkboxes',
  textarea: 'textarea',
} as const;

export const FIELDS = {
  address: 'address',
  dateRange: 'dateRange',
  info: 'info',
} as const;

/** `format` keyword values the compiled schemas use; fi-* come from `formats/`, email and date from ajv-formats. */
export const FORMAT_OF_KIND = {
  businessId: 'fi-business-id',
  personalId: 'fi-personal-id',
  postalCode: 'fi-postal-code',
  phone: 'fi-phone',
  municipality: 'fi-municipality',
  email: 'email',
  date: 'date',
  time: 'fi-time',
} as const;
