/**
 * Server-side (and anywhere-side) check of a customer's answers (check-answers.ts), with the form's
 * schema check compiled here by ajv, one cached validator per definition, unless one compiled
 * ahead is given.
 */
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FormDefinition, Lang } from '../format/types';
import { addFinnishFormats } from '../formats/index';
import { compileValidationSchema } from '../compiler/compile-form';
import { checkAnswers, type SchemaCheck, type SubmissionValidation } from './check-answers';

export { attachmentIds, checkAnswers, type SchemaCheck, type SubmissionValidation } from './check-answers';

const CACHE_LIMIT = 200;

/**
 * An ajv set up as validateSubmission's own; `options` adds to it (the server's standalone code
 * generation passes `code`), so code generated elsewhere checks exactly what this module checks.
 */
export function createValidationAjv(options: Options = {}): Ajv {
  const instance = new Ajv({ allErrors: true, strictTuples: false, ...options });
  addFormats(instance, { formats: ['date', 'email'], keywords: true });
  return addFinnishFormats(instance);
}

let ajvInstance: Ajv | null = null;
function ajv(): Ajv {
  ajvInstance ??= createValidationAjv();
  return ajvInstance;
}

// Definitions usually arrive as the same object (fast path); a server that parses the pinned
// version per request gets the same validator through the serialized definition.
const byObject = new WeakMap<FormDefinition, ValidateFunction>();
const bySerialized = new Map<string, ValidateFunction>();

/** The compiled ajv validator for a definition; equal definitions share one (exported for tests and benches). */
export function validatorFor(def: FormDefinition): ValidateFunction {
  const cached = byObject.get(def);
  if (cached) return cached;
  const key = JSON.stringify(def);
  let validate = bySerialized.get(key);
  if (validate) {
    // Refresh its place in the least-recently-used order.
    bySerialized.delete(key);
  } else {
    validate = ajv().compile(compileValidationSchema(def));
    if (bySerialized.size >= CACHE_LIMIT) {
      const [oldestKey, oldest] = bySerialized.entries().next().value as [string, ValidateFunction];
      bySerialized.delete(oldestKey);
      ajv().removeSchema(oldest.schema as object);
    }
  }
  bySerialized.set(key, validate);
  byObject.set(def, validate);
  return validate;
}

/**
 * `precompiled`: the definition's validation schema compiled ahead (ajv standalone code, served by
 * the server), for browsers whose CSP forbids compiling one here.
 */
export function validateSubmission(def: FormDefinition, data: unknown, lang: Lang, precompiled?: SchemaCheck): SubmissionValidation {
  return checkAnswers(def, data, lang, precompiled ?? validatorFor(def));
}

/**
 * The definition's check, compiled here on its first use (validatorFor, cached): for pages that may
 * compile code (the builder's preview), where the form changes with every edit and most versions
 * are never checked.
 */
export function compiledCheck(def: FormDefinition): SchemaCheck {
  const check: SchemaCheck = (data) => {
    const validate = validatorFor(def);
    const valid = validate(data);
    check.errors = validate.errors;
    return valid;
  };
  return check;
}
