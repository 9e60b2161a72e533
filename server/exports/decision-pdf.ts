/**
 * A decision as the document the customer downloads: the authority, the case, the decision's date
 * and text (or a note that it is the attached PDF), and the appeal instructions it was given with.
 * In the case's language, which is the customer's.
 */
import { formatDate } from '../../form-library/answers';
import type { Lang } from '../../form-library/format/types';
import { decisionTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';
import type { DecisionView } from '../cases/decisions';
import { helsinkiDay } from '../cases/due-dates';
import { BOLD_FONT, newPdf, PDF_MARGIN, REGULAR_FONT } from './pdf-document';

export interface DecisionDocument {
  authority: string;
  reference: string;
  service: string;
  applicant: string;
  decision: DecisionView;
}

export function decisionPdf(d: DecisionDocument, lang: Lang): Promise<Buffer> {
  const t = translator(decisionTexts, lang);
  const { doc, done } = newPdf(lang, { Title: `${t('title')} ${d.reference} – ${d.service}`, Author: d.authority, Subject: t('title') });
  const width = doc.page.width - 2 * PDF_MARGIN;
  const pair = (label: string, value: string) => {
    doc.font(BOLD_FONT).fontSize(10).text(label, { width });
    doc.font(REGULAR_FONT).fontSize(10).text(value, { width });
    doc.moveDown(0.4);
  };
  const heading = (text: string) => {
    doc.moveDown(0.8).font(BOLD_FONT).fontSize(13).text(text, { width });
    doc.moveDown(0.3);
  };

  doc.font(BOLD_FONT).fontSize(12).text(d.authority, { width });
  doc.moveDown(0.5);
  doc.font(BOLD_FONT).fontSize(18).text(t('title'), { width });
  doc.moveDown(0.5);
  pair(t('reference'), d.reference);
  pair(t('service'), d.service);
  pair(t('applicant'), d.applicant);
  pair(t('date'), formatDate(helsinkiDay(d.decision.decidedAt), lang));

  heading(t('decision'));
  if (d.decision.text) doc.font(REGULAR_FONT).fontSize(11).text(d.decision.text, { width });
  if (d.decision.file) doc.moveDown(0.4).font(REGULAR_FONT).fontSize(11).text(t('attached', { name: d.decision.file.name }), { width });

  if (d.decision.appeal) {
    heading(d.decision.appeal.title);
    doc.font(REGULAR_FONT).fontSize(10).text(d.decision.appeal.text, { width });
  } else {
    doc.moveDown(0.8).font(REGULAR_FONT).fontSize(10).text(t('noAppeal'), { width });
  }
  doc.end();
  return done;
}
