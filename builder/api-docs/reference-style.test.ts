/**
 * The documentation page's CSP allows exactly the `<style>` elements Scalar's API reference writes
 * with the page's options, each recomputed here from the installed packages, and only on that
 * page's HTML. An upgrade that changes one of those texts fails here with the new hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getThemeStyles } from '@scalar/themes';
import { describe, expect, it } from 'vitest';
import { API_REFERENCE_STYLE_ELEMENTS, isApiDocsPath } from '../../server/http/api-reference-style';
import { REFERENCE_OPTIONS } from './reference-options';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const built = (pkg: string) => readFileSync(resolve(import.meta.dirname, '../../node_modules', pkg, 'dist/index.js'), 'utf8');

describe('the API reference’s inline styles', () => {
  it('allows the theme’s variables as Scalar’s ApiReference writes them (custom CSS, none here, a line break, the theme)', () => {
    const theme = `\n${getThemeStyles(REFERENCE_OPTIONS.theme, { fonts: REFERENCE_OPTIONS.withDefaultFonts })}`;
    expect(API_REFERENCE_STYLE_ELEMENTS).toContain(hash(theme));
  });

  it('allows the toasts’ stylesheet that @scalar/use-toasts injects when it loads', () => {
    const literal = /createTextNode\(("(?:[^"\\]|\\.)*")\)/.exec(built('@scalar/use-toasts'))?.[1];
    expect(literal, 'the injected stylesheet in @scalar/use-toasts').toBeDefined();
    expect(API_REFERENCE_STYLE_ELEMENTS).toContain(hash(JSON.parse(literal ?? '""') as string));
  });

  it('asks for no fonts from Scalar’s servers (the CSP allows fonts from this server only)', () => {
    expect(REFERENCE_OPTIONS.withDefaultFonts).toBe(false);
    expect(getThemeStyles(REFERENCE_OPTIONS.theme, { fonts: REFERENCE_OPTIONS.withDefaultFonts })).not.toMatch(/https?:\/\//);
  });

  it('is the CSP of the documentation page’s HTML only, the builder’s route api-docs in any language', () => {
    for (const path of ['/builder/fi/api-docs', '/builder/sv/api-docs', '/builder/en/api-docs/']) expect(isApiDocsPath(path), path).toBe(true);
    for (const path of ['/builder/fi/api-keys', '/builder/fi', '/fi/api-docs', '/builder/fi/api-docs/x', '/api/openapi.json']) expect(isApiDocsPath(path), path).toBe(false);
  });
});
