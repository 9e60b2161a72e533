/** Public API of the form library: the form-pack format and everything that reads it. */
export * from './format/types';
export { localize } from './format/localize';
export {
  validatePackFile,
  validatePackContent,
  packFileSchema,
  packContentSchema,
  formDefinitionSchema,
  PACK_FILE_SCHEMA_ID,
  PACK_CONTENT_SCHEMA_ID,
} from './format/pack-schema';
export { readPackFile, packFileText, toPackFile, type PackFileRead } from './format/pack-file';
export * from './formats/index';
export * from './conditions/index';
export * from './compiler/index';
export { validateSubmission, attachmentIds, type SubmissionValidation } from './validation/validate-submission';
export * from './problems/index';
export * from './answers/index';
export * from './contact/index';
export { normalizeAnswers } from './validation/normalize-answers';
export { mustAnswer, leastItems } from './validation/must-answer';
export * from './assessment/index';
export * from './projects/index';
