/**
 * A form's submission check as browser code, so the customer pages can validate under a CSP
 * without 'unsafe-eval' (ajv compiling a schema in the browser is `new Function`).
 *
 * What is precompiled is the schema form-library's validateSubmission runs (compileValidationSchema):
 * one language-neutral schema per form, independent of the answers; conditions, required-when-visible
 * and the messages stay in validateSubmission's plain code. So one module per form serves every
 * language and every page, and the browser checks exactly what the server's 422 checks. (rjsf's
 * own validator is never asked to compile: see runtime/form-renderer/registry.ts.)
 *
 * ajv's standalone code `require`s small runtime helpers and the format checks, so esbuild bundles
 * it with them into one minified ES module; only the formats the form uses go in (the municipality
 * check carries the list of municipalities).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { build, type Plugin } from 'esbuild';
import { compileValidationSchema } from '../../form-library/compiler/compile-form';
import type { FinnishFormatName } from '../../form-library/formats';
import type { FormDefinition } from '../../form-library/format/types';
import { createValidationAjv } from '../../form-library/validation/validate-submission';

export interface ValidationModule {
  /** An ES module whose default (and `validate`) export is the form's schema check. */
  code: string;
  /** A strong HTTP entity tag of `code`. */
  etag: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FORMATS_MODULE = 'kevyt:validation-formats';

/** Where each Finnish format's check lives, so a form's module imports only the checks it uses. */
export const FINNISH_FORMAT_SOURCES: Record<FinnishFormatName, { file: string; name: string }> = {
  'fi-business-id': { file: 'form-library/formats/business-id.ts', name: 'isValidBusinessId' },
  'fi-personal-id': { file: 'form-library/formats/personal-id.ts', name: 'isValidPersonalId' },
  'fi-postal-code': { file: 'form-library/formats/postal-code.ts', name: 'isValidPostalCode' },
  'fi-phone': { file: 'form-library/formats/phone.ts', name: 'isValidPhone' },
  'fi-municipality': { file: 'form-library/formats/municipality-code.ts', name: 'isValidMunicipalityCode' },
  'fi-time': { file: 'form-library/formats/time-of-day.ts', name: 'isValidTimeOfDay' },
};
// ajv-formats' own definitions (date carries `compare` for formatMinimum/formatMaximum).
const AJV_FORMATS = new Set(['date', 'email']);

function isFinnishFormat(name: string): name is FinnishFormatName {
  return Object.hasOwn(FINNISH_FORMAT_SOURCES, name);
}

function formatsOf(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) formatsOf(s, into);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'format' && typeof value === 'string') into.add(value);
      else formatsOf(value, into);
    }
  }
  return into;
}

/** The formats object the standalone code reads (`require(FORMATS_MODULE).default[name]`), as source. */
function formatsSource(formats: Set<string>): string {
  const imports: string[] = [];
  const entries: string[] = [];
  for (const name of [...formats].sort()) {
    if (AJV_FORMATS.has(name)) {
      if (!imports.some((i) => i.includes('ajv-formats'))) imports.push(`import { fullFormats } from 'ajv-formats/dist/formats';`);
      entries.push(`${JSON.stringify(name)}: fullFormats[${JSON.stringify(name)}]`);
    } else if (isFinnishFormat(name)) {
      const { file, name: fn } = FINNISH_FORMAT_SOURCES[name];
      imports.push(`import { ${fn} } from ${JSON.stringify(ROOT + file)};`);
      entries.push(`${JSON.stringify(name)}: { type: 'string', validate: ${fn} }`);
    } else {
      // compileValidationSchema emitted a format nobody registered: ajv would have refused it already.
      throw new Error(`No browser code for the format ${name}`);
    }
  }
  return `${imports.join('\n')}\nexport default { ${entries.join(', ')} };\n`;
}

function formatsPlugin(formats: Set<string>): Plugin {
  return {
    name: 'kevyt-validation-formats',
    setup(b) {
      b.onResolve({ filter: /^kevyt:validation-formats$/ }, (args) => ({ path: args.path, namespace: 'kevyt' }));
      b.onLoad({ filter: /.*/, namespace: 'kevyt' }, () => ({ contents: formatsSource(formats), resolveDir: ROOT, loader: 'js' }));
    },
  };
}

export async function buildValidationModule(definition: FormDefinition): Promise<ValidationModule> {
  const schema = compileValidationSchema(definition);
  const ajv = createValidationAjv({ code: { source: true, esm: true, formats: _`require(${FORMATS_MODULE}).default` } });
  const source = standaloneCode(ajv, ajv.compile(schema));
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: 'validator.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [formatsPlugin(formatsOf(schema))],
  });
  const code = result.outputFiles[0].text;
  return { code, etag: `"${createHash('sha256').update(code).digest('base64url').slice(0, 32)}"` };
}

// Published pack versions are immutable and their parsed content is cached per process
// (server/routing/pack-content.ts), so the definition object itself keys the cache: one build per
// pack version and service, gone with the content.
const cache = new WeakMap<FormDefinition, Promise<ValidationModule>>();

export function validationModuleFor(definition: FormDefinition): Promise<ValidationModule> {
  let module = cache.get(definition);
  if (!module) {
    module = buildValidationModule(definition);
    // A failed build is not remembered: the next request tries again.
    module.catch(() => cache.delete(definition));
    cache.set(definition, module);
  }
  return module;
}
