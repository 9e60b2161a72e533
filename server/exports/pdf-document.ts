/**
 * A new A4 PDF as every generated document starts: DejaVu Sans embedded (subset by pdfkit), because
 * customers type names and texts in any script, which the standard PDF fonts (Latin-1 only) cannot
 * show; the document's bytes collected until `end()`.
 */
import { resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Lang } from '../../form-library/format/types';

const FONT_DIR = resolve(import.meta.dirname, 'fonts');
export const REGULAR_FONT = resolve(FONT_DIR, 'DejaVuSans.ttf');
export const BOLD_FONT = resolve(FONT_DIR, 'DejaVuSans-Bold.ttf');
export const PDF_MARGIN = 56;

export function newPdf(lang: Lang, info: { Title: string; Author: string; Subject: string }, bufferPages = false): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margin: PDF_MARGIN, lang, displayTitle: true, info: { ...info, Creator: 'Kevyt' }, bufferPages, font: REGULAR_FONT });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolveDone, reject) => {
    doc.on('end', () => resolveDone(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
