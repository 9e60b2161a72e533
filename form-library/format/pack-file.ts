/**
 * A pack as a file: what the builder's export writes, and the one reader of such files, used by the
 * builder's import and by the ready library (form-library/library). It checks the file against the
 * format's schema (validatePackFile), so every error names its place in the file.
 */
import type { FieldError, FormPackContent, FormPackFile, Lang, PackChangelogEntry } from './types';
import { validatePackFile } from './pack-schema';
import { describeFormatError } from '../problems/describe-format-error';

export function toPackFile(content: FormPackContent, changelog?: PackChangelogEntry[]): FormPackFile {
  return { format: 'kevyt-form-pack', formatVersion: 1, ...(changelog ? { changelog } : {}), pack: content };
}

/** The file's text: two-space JSON and a final newline, as the ready library's files are written. */
export function packFileText(content: FormPackContent, changelog?: PackChangelogEntry[]): string {
  return `${JSON.stringify(toPackFile(content, changelog), null, 2)}\n`;
}

export type PackFileRead = { ok: true; file: FormPackFile } | { ok: false; errors: FieldError[] };

/** Errors read in `lang` (the builder's language; English for the library's developers). */
export function readPackFile(text: string, lang: Lang): PackFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', message: describeFormatError('notJson', {}, lang) }] };
  }
  return validatePackFile(json, lang);
}
