/**
 * Decides whether an uploaded file is what it claims to be. The type is sniffed from the content
 * (magic bytes via `file-type`) and must both be on the allow-list and equal the declared MIME
 * type; a renamed program never passes as a PDF. Plain text has no magic bytes, so it passes only
 * when it is valid UTF-8 without control characters other than white space.
 */
import { fileTypeFromBuffer } from 'file-type';

export const ALLOWED_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type ContentCheck = { ok: true; type: AllowedType } | { ok: false; reason: string };

function isAllowed(type: string): type is AllowedType {
  return (ALLOWED_TYPES as readonly string[]).includes(type);
}

/** Lower-cases and drops parameters: 'Text/Plain; charset=utf-8' → 'text/plain'. */
export function normaliseMime(declared: string): string {
  const bare = declared.split(';')[0].trim().toLowerCase();
  return bare === 'image/jpg' || bare === 'image/pjpeg' ? 'image/jpeg' : bare;
}

function looksLikeText(content: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  // Tab, line feed, carriage return and form feed are fine; other C0 controls and DEL are not.
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

export async function checkContent(content: Uint8Array, declaredType: string): Promise<ContentCheck> {
  const declared = normaliseMime(declaredType);
  if (!isAllowed(declared)) {
    return { ok: false, reason: `Files of type ${declared || 'unknown'} are not accepted; use PDF, PNG, JPEG, plain text, DOCX, XLSX or ODT` };
  }
  const sniffed = await fileTypeFromBuffer(content);
  if (sniffed) {
    if (sniffed.mime !== declared) return { ok: false, reason: `The content is ${sniffed.mime}, not ${declared} as declared` };
    return { ok: true, type: declared };
  }
  if (declared === 'text/plain' && looksLikeText(content)) return { ok: true, type: declared };
  return { ok: false, reason: `The content is not ${declared} as declared` };
}
