/**
 * One case as a PDF for the authority's own case management: the facts of the submission, every
 * visible answer with its label, the attachments' names and the full history (internal notes
 * marked as such). DejaVu Sans is embedded (and subset by pdfkit) because customers type names and
 * texts in any script, which the standard PDF fonts (Latin-1 only) cannot show.
 */
import type { Lang } from '../../form-library/format/types';
import type { CaseExport } from './case-export';
import { exportTexts } from '../../i18n/catalogs/server';
import { formatExportDate, formatExportDateTime } from '../../i18n/intl-format';
import { translator } from '../../i18n/translate';
import { BOLD_FONT, newPdf, PDF_MARGIN, REGULAR_FONT } from './pdf-document';

const MARGIN = PDF_MARGIN;
const REGULAR = REGULAR_FONT;
const BOLD = BOLD_FONT;

export function casePdf(c: CaseExport, lang: Lang, now: Date = new Date()): Promise<Buffer> {
  const t = translator(exportTexts, lang);
  const { doc, done } = newPdf(lang, { Title: `${c.reference} – ${c.service}`, Author: c.authority, Subject: t('title') }, true);

  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string) => {
    doc.moveDown(0.8).font(BOLD).fontSize(13).fillColor('#000').text(text, { width });
    doc.moveDown(0.3);
  };
  const pair = (label: string, value: string) => {
    doc.font(BOLD).fontSize(10).fillColor('#000').text(label, { width });
    doc.font(REGULAR).fontSize(10).text(value === '' ? t('noAnswer') : value, { width });
    doc.moveDown(0.4);
  };

  doc.font(BOLD).fontSize(18).text(`${c.reference}`, { width });
  doc.font(REGULAR).fontSize(12).text(c.service, { width });
  doc.moveDown(0.5);
  pair(t('authority'), c.authority);
  pair(t('packVersion'), c.packVersion);
  pair(t('status'), c.status);
  pair(t('municipality'), c.municipality);
  pair(t('submitted'), formatExportDateTime(c.submittedAt));
  if (c.dueDate) pair(t('dueDate'), formatExportDate(c.dueDate));
  if (c.decidedAt) pair(t('decided'), formatExportDateTime(c.decidedAt));
  pair(t('customer'), [c.customer.name, c.customer.email, c.customer.phone].filter(Boolean).join(', '));

  heading(t('answers'));
  for (const row of c.answers) pair(row.label, row.value);

  if (c.attachments.length > 0) {
    heading(t('attachments'));
    for (const a of c.attachments) doc.font(REGULAR).fontSize(10).text(`${a.name} (${a.type}, ${Math.ceil(a.size / 1024)} kB)`, { width });
  }

  heading(t('history'));
  for (const h of c.history) {
    const kind = t(`kind_${h.kind}`);
    const suffix = h.internal ? ` (${t('internal')})` : '';
    doc.font(BOLD).fontSize(10).text(`${formatExportDateTime(h.at)} · ${kind}${suffix} · ${h.by}`, { width });
    if (h.text) doc.font(REGULAR).fontSize(10).text(h.text, { width });
    doc.moveDown(0.4);
  }

  // Footer on every page: reference, export time and page number, so loose printed pages stay traceable.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - MARGIN / 2 - 10;
    doc.page.margins.bottom = 0;
    doc.font(REGULAR).fontSize(8).fillColor('#333')
      .text(`${c.reference} · ${t('exported')} ${formatExportDateTime(now.toISOString())} · ${t('page')} ${i + 1}/${range.count}`, MARGIN, bottom, { width, lineBreak: false });
  }
  doc.end();
  return done;
}
