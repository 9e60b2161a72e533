/**
 * Export of a pack as a file the builder's import (and any Kevyt) reads back: the file itself and
 * its reader are form-library/format/pack-file.ts; here are its name and the browser download.
 */
import type { FormPackContent } from '../../form-library/format/types';
import { packFileText } from '../../form-library/format/pack-file';

export function packFileName(content: FormPackContent): string {
  return `${content.slug || 'lomakepaketti'}.kevyt-pack.json`;
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
