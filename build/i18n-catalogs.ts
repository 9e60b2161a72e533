/**
 * The text catalogs (`i18n/catalogs/**.json`) parsed at build time: each message with ICU syntax
 * reaches the browser as intl-messageformat's syntax tree (plain texts stay strings), so the apps
 * ship its 3 kB formatter without the 7 kB parser (gzipped), and no page parses a message while it
 * renders. Node (the server, the tools) imports the
 * same JSON as strings and parses each message on first use (`i18n/translate.ts` takes both).
 */
import { readFileSync } from 'node:fs';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { isPlainText, PARSE_OPTIONS } from '../i18n/message-syntax';

const CATALOG_FILE = /[\\/]i18n[\\/]catalogs[\\/].+\.json$/;
// A virtual module (`\0…`, ending in `.js` so that Vite's JSON plugin leaves it alone) per catalog file.
const VIRTUAL = '\0i18n-catalog:';
const SUFFIX = '.js';

/** A catalog's JSON with every message (a string at any depth) replaced by its syntax tree, or kept when it is plain text. */
export function precompileCatalog(json: unknown): unknown {
  if (typeof json === 'string') {
    const tree = parse(json, PARSE_OPTIONS);
    return isPlainText(json) ? json : tree;
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, precompileCatalog(value)]));
  }
  throw new Error(`A catalog holds only messages and sections of messages, not ${JSON.stringify(json)}`);
}

export function precompiledCatalogs(): Plugin {
  return {
    name: 'kevyt:i18n-catalogs',
    enforce: 'pre',
    config(_, { command }) {
      // With every catalog precompiled the browser never parses: the formatter gets the parser's stub.
      if (command !== 'build') return undefined;
      return {
        resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
      };
    },
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && CATALOG_FILE.test(resolved.id) ? VIRTUAL + resolved.id + SUFFIX : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const file = id.slice(VIRTUAL.length, -SUFFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(precompileCatalog(JSON.parse(readFileSync(file, 'utf8'))))};`;
    },
  };
}
