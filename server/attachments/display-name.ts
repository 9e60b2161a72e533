/**
 * The name an upload is shown and downloaded under. The customer's own name is kept as far as it
 * is safe: no folders, no control characters, no invisible or bidirectional formatting characters
 * (`invoice\u202Efdp.exe` would read as "invoiceexe.pdf"), at most 200 characters, and an
 * extension that says what the content was found to be, so that `päätös.html` holding plain text
 * is downloaded as `päätös.txt`. The name is never used on disk (files are named by their id).
 */
import type { AllowedType } from './content-check';

const EXTENSIONS: Record<AllowedType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'text/plain': ['txt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
};

const MAX_LENGTH = 200;
const FALLBACK = 'liite';

// C0 and C1 controls and DEL; the bidirectional marks, embeddings, overrides and isolates; zero-width
// spaces and joiners, the word joiner and the byte-order mark; line and paragraph separators.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u2028\u2029]/g;
// Characters Windows refuses in file names, and quotes that would end a header parameter.
const RESERVED = /["<>|:*?]/g;
// An extension: a dot and a few letters or digits, starting with a letter ("v1.2" has none).
const EXTENSION = /\.([a-z][a-z0-9]{0,7})$/i;

/** The given name without folders and characters that could hide or reorder text (for messages too). */
export function cleanFileName(given: string): string {
  const base = given.split(/[\\/]/).pop() ?? '';
  return base.normalize('NFC').replace(UNSAFE, '').replace(RESERVED, '').trim().replace(/^\.+/, '').trim().slice(0, MAX_LENGTH) || FALLBACK;
}

export function displayName(given: string, type: AllowedType): string {
  const cleaned = cleanFileName(given);
  const allowed = EXTENSIONS[type];
  const found = EXTENSION.exec(cleaned);
  const keeps = found !== null && allowed.includes(found[1].toLowerCase());
  const stem = (found && !keeps ? cleaned.slice(0, found.index) : keeps ? cleaned.slice(0, -found[0].length) : cleaned).trim() || FALLBACK;
  const extension = keeps ? found[0] : `.${allowed[0]}`;
  return stem.slice(0, MAX_LENGTH - extension.length) + extension;
}
