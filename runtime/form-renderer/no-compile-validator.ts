/**
 * rjsf's validator for our forms: one that never compiles a schema, and so carries no ajv. The
 * customer's page imports its check precompiled and may not compile code (its CSP has no
 * 'unsafe-eval'); rjsf renders our pages with `noValidate`, so it asks its validator only to
 * resolve if/then/else, oneOf/anyOf, dependencies or $ref, which form-library's compiler never
 * emits (no-runtime-compile.test.tsx holds it to that). Should a page schema ever carry one, the
 * page fails loudly here instead of resolving it wrongly.
 */
import type { ValidatorType } from '@rjsf/utils';

function refuse(what: string): never {
  throw new Error(
    `rjsf asked its validator to ${what}, which our pages never need: a page schema carries a keyword resolved at run time (if/then/else, oneOf/anyOf, dependencies, $ref) that form-library's compiler does not emit`,
  );
}

export const noCompileValidator: ValidatorType = {
  validateFormData: () => refuse('validate the answers'),
  isValid: () => refuse('resolve a schema against the answers'),
  rawValidation: () => refuse('validate the answers'),
};
