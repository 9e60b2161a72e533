/**
 * The one form renderer of Kevyt (rjsf with our widgets, fields and templates). The runtime fills
 * with it, the builder previews with it, the desk reads with it.
 */
export { FormRenderer, type FormRendererProps } from './FormRenderer';
export { AnswerSummary, type AnswerSummaryProps } from './AnswerSummary';
export { ErrorSummary, type ErrorSummaryProps, type SummaryError } from './ErrorSummary';
export { MunicipalityCombobox, searchMunicipalities, loadMunicipalities, useMunicipalities, optionText } from './widgets/MunicipalityCombobox';
export type { AttachmentInfo, MunicipalityOption, RendererContext } from './context';
export { municipalityName } from './context';
export { labelForPath } from './labels';
export { focusField, fieldIdForPath, toErrorSchema } from './error-paths';
export { widgets, fields, templates, validator } from './registry';
export { loadSchemaCheck, type SchemaCheck } from './precompiled-check';
export { withFixedFields, type FixedField } from './fixed-fields';
