/**
 * A pack as a file: what "export" writes and "import" reads. Import checks the file against the
 * format's schema (form-library validatePackFile), so every error names its place in the file.
 */
import type { FieldError, FormPackContent, FormPackFile, Lang } from '../../form-library/format/types';
import { validatePackFile } from '../../form-library/format/pack-schema';
import { draftMessages } from '../drafts/messages';

export function toPackFile(content: FormPackContent): FormPackFile {
  return { format: 'kevyt-form-pack', formatVersion: 1, pack: content };
}

export function packFileText(content: FormPackContent): string {
  return `${JSON.stringify(toPackFile(content), null, 2)}\n`;
}

export function packFileName(content: FormPackContent): string {
  return `${content.slug || 'lomakepaketti'}.kevyt-pack.json`;
}

export type PackFileRead = { ok: true; content: FormPackContent } | { ok: false; errors: FieldError[] };

/** Errors read in `lang`, the builder's language. */
export function readPackFile(text: string, lang: Lang): PackFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', message: draftMessages[lang].notJson }] };
  }
  const result = validatePackFile(json, lang);
  return result.ok ? { ok: true, content: result.file.pack } : { ok: false, errors: result.errors };
}

/** Hands the file to the browser as a download. */
export function downloadPackFile(content: FormPackContent): void {
  const blob = new Blob([packFileText(content)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = packFileName(content);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
