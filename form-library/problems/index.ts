export type { FormProblem, FormProblemCode, FormProblemParams, TextRole } from './form-problem';
export { formProblems, isValidPattern } from './form-problems';
export { missingTranslations, formTranslationProblems } from './translation-problems';
export { describeFormProblem } from './describe-form-problem';
export { describeFormatError, type FormatErrorCode, type FormatErrorParams } from './describe-format-error';
export { packProblems, blockingProblems, formProblemSeverity, PUBLISH_LANGS, type PackProblem, type ProblemSeverity } from './pack-problems';
export { formPlaceholderProblems } from './placeholder-problems';
