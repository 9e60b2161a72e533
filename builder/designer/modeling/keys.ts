/**
 * Data keys derived from a label: what a designer types ("Tapahtuman nimi") becomes a key the
 * server and exports can use ("tapahtumanNimi"). Keys are unique within the whole form.
 */
import type { FormDefinition, FormElement } from '../../../form-library/format/types';

// Finnish and Swedish letters by hand (ä and å both to a) before the generic accent strip.
const LETTERS: Record<string, string> = { ä: 'a', ö: 'o', å: 'a', Ä: 'A', Ö: 'O', Å: 'A', ß: 'ss', æ: 'ae', ø: 'o' };

export const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]*$/;

export function camelKey(label: string): string {
  const ascii = label
    .replace(/[äöåÄÖÅßæø]/g, (ch) => LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.split(/[^a-zA-Z0-9]+/).filter(Boolean);
  const key = words
    .map((w, i) => {
      const lower = w.toLowerCase();
      return i === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
  if (key === '') return 'field';
  // A key must start with a letter.
  return /^[a-zA-Z]/.test(key) ? key : `field${key}`;
}

/** The derived key, made unique against `taken` with a numeric suffix (nimi, nimi2, nimi3…). */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  return uniqueKey(camelKey(label), taken);
}

/** `base` itself if free, else base2, base3… */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function isValidKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

function collectKeys(elements: FormElement[], into: Set<string>, skipId?: string): void {
  for (const el of elements) {
    if (el.id !== skipId) into.add(el.key);
    if (el.kind === 'section' || el.kind === 'group') collectKeys(el.elements, into, skipId);
  }
}

/** Every key used in the form, optionally leaving out one element's own key. */
export function takenKeys(definition: FormDefinition, exceptElementId?: string): Set<string> {
  const keys = new Set<string>();
  for (const page of definition.pages) collectKeys(page.elements, keys, exceptElementId);
  return keys;
}
