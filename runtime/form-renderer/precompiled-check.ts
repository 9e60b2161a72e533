/**
 * A form's submission check compiled ahead by the server (server/forms/validation-module.ts),
 * imported as an ES module from the same origin. The customer pages validate with it because their
 * CSP has no 'unsafe-eval'; the builder's preview of a draft has none to load and compiles one in
 * the page (the builder's CSP allows that).
 */
import type { SchemaCheck } from '../../form-library/validation/check-answers';

export type { SchemaCheck };

function isCheckModule(value: unknown): value is { default: SchemaCheck } {
  return typeof value === 'object' && value !== null && 'default' in value && typeof value.default === 'function';
}

/** Imports the module at `url` (e.g. /api/deployments/7/validator.js?version=2) and returns its check. */
export async function loadSchemaCheck(url: string): Promise<SchemaCheck> {
  // Known only at run time: Vite leaves the import to the browser.
  const module: unknown = await import(/* @vite-ignore */ url);
  if (!isCheckModule(module)) throw new TypeError(`${url} is not a form check module`);
  return module.default;
}
