/**
 * Every example value a user can read passes its own check: a message that says "for example
 * 010190-123A" teaches a code the form then refuses. This reads every text the apps, the server and
 * the ready packs ship (source files and text catalogs, not tests) and checks each business ID,
 * personal identity code, phone number, email address and postal code written in them.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidBusinessId } from './business-id';
import { isValidPersonalId } from './personal-id';
import { isValidPhone } from './phone';
import { isValidPostalCode } from './postal-code';
import { isValidEmail } from '../contact/check-contact';

const ROOT = join(import.meta.dirname, '..', '..');
/** Where shipped texts live; a folder that does not exist (yet) is skipped. */
const FOLDERS = ['form-library', 'languages', 'i18n', 'workflows', 'runtime', 'builder', 'ui', 'server'];
const TEXT_FILE = /\.(ts|tsx|json|po|ftl)$/;
// Test fixtures are not shown to anyone, and some hold wrong values on purpose (the answer generator's).
const NOT_SHIPPED = /(\.test\.tsx?|\.d\.ts)$|(^|\/)(node_modules|dist|migrations|test-fixtures)\//;

function shippedFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (NOT_SHIPPED.test(relative(ROOT, path) + (e.isDirectory() ? '/' : ''))) return [];
    if (e.isDirectory()) return shippedFiles(path);
    return TEXT_FILE.test(e.name) ? [path] : [];
  });
}

interface Example {
  kind: string;
  value: string;
  valid: boolean;
}

/** Example values of each kind, by their look; the patterns stop at word edges so IDs inside longer numbers are not read. */
const KINDS: Array<{ kind: string; pattern: RegExp; check(value: string): boolean }> = [
  { kind: 'business ID', pattern: /(?<![\d-])\d{7}-\d(?![\d-])/g, check: isValidBusinessId },
  { kind: 'personal identity code', pattern: /(?<![\w-])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\w-])/g, check: isValidPersonalId },
  // Finnish phone numbers as people write them: 040 123 4567, 09 310 1691, +358 40 123 4567.
  { kind: 'phone number', pattern: /(?<![\w+.:-])(?:\+358|0)[ -]?\d{1,3}(?:[ -]\d{2,4}){1,3}(?![\w-])/g, check: isValidPhone },
  // A postal code is only recognisable right after words naming it or offering it as an example.
  // A dot after the address ends the sentence. Lower-case as they are stored.
  { kind: 'email address', pattern: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])/g, check: (value) => isValidEmail(value.toLowerCase()) },
  { kind: 'postal code', pattern: /(?<=(?:postinumero|postnummer|postal code|esimerkiksi|till exempel|for example):? )\d{4,6}(?![\d-])/gi, check: isValidPostalCode },
];

function examplesIn(text: string): Example[] {
  return KINDS.flatMap(({ kind, pattern, check }) => [...text.matchAll(pattern)].map((m) => ({ kind, value: m[0], valid: check(m[0]) })));
}

describe('example values shown to users', () => {
  const files = FOLDERS.flatMap((folder) => shippedFiles(join(ROOT, folder)));

  it('reads the shipped texts, messages and packs among them', () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toContain('i18n/catalogs/form/fi.json');
    expect(names).toContain('i18n/catalogs/customer/sv.json');
    expect(names).toContain('form-library/library/event-organising.json');
  });

  it('finds the examples it is meant to find', () => {
    expect(examplesIn("fi: 'Tarkista henkilötunnus, esimerkiksi 010190-123A.'")).toEqual([{ kind: 'personal identity code', value: '010190-123A', valid: false }]);
    expect(examplesIn("help: t('Muodossa 1234567-8.')").map((e) => [e.value, e.valid])).toEqual([['1234567-8', false]]);
    expect(examplesIn('Esimerkiksi 040 123 4567 tai +358 40 123 4567').map((e) => e.value)).toEqual(['040 123 4567', '+358 40 123 4567']);
    expect(examplesIn('Viisi numeroa, esimerkiksi 00100').map((e) => [e.kind, e.value])).toEqual([['postal code', '00100']]);
    expect(examplesIn("'Esimerkiksi etunimi.sukunimi@esimerkki.fi.' 'aino@example.f'").map((e) => [e.value, e.valid])).toEqual([
      ['etunimi.sukunimi@esimerkki.fi', true], ['aino@example.f', false],
    ]);
  });

  it('all pass their own check', () => {
    const wrong = files.flatMap((file) =>
      examplesIn(readFileSync(file, 'utf8')).filter((e) => !e.valid).map((e) => `${relative(ROOT, file)}: ${e.kind} ${e.value}`),
    );
    expect(wrong).toEqual([]);
  });
});
