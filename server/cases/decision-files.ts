/**
 * Sending a decision to those who may see the case (the desk's and the customer's routes decide
 * who that is): the attached PDF as stored, or the decision document generated in the case's
 * language with its appeal instructions.
 */
import type { Response } from 'express';
import { localize } from '../../form-library/format/localize';
import { decisionTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';
import type { ServiceDefinition } from '../../form-library/format/types';
import { sendAttachment } from '../attachments/store';
import type { AppContext } from '../context';
import { decisionPdf } from '../exports/decision-pdf';
import { notFound } from '../http/errors';
import { authorityName } from '../routing/routing';
import { decisionOf, decisionView, type DecisionRow } from './decisions';
import type { SubmissionRow } from './submission-row';

/** The decision `id` of this submission, or 404. */
export async function ownDecision(ctx: AppContext, submissionId: number, id: number): Promise<DecisionRow> {
  const row = await decisionOf(ctx, submissionId, id);
  if (!row) throw notFound('No such decision in this case');
  return row;
}

export async function sendDecisionFile(ctx: AppContext, res: Response, row: DecisionRow): Promise<void> {
  if (!row.fileId || !row.fileName) throw notFound('This decision has no attached file');
  await sendAttachment(ctx, res, { id: row.fileId, name: row.fileName, mime: 'application/pdf' });
}

export async function sendDecisionDocument(ctx: AppContext, res: Response, sub: SubmissionRow, service: ServiceDefinition, row: DecisionRow): Promise<void> {
  const lang = sub.lang;
  const authority = await ctx.repos.reference.authority(sub.authorityId);
  const pdf = await decisionPdf(
    {
      authority: authority ? authorityName(authority, lang) : sub.authorityId,
      reference: sub.reference,
      service: localize(service.name, lang),
      applicant: sub.contactName,
      decision: decisionView(row, lang),
    },
    lang,
  );
  res.set('Cache-Control', 'private, no-store');
  res.set('X-Content-Type-Options', 'nosniff');
  res.attachment(`${sub.reference}-${translator(decisionTexts, lang)('fileName')}.pdf`);
  res.type('application/pdf');
  res.send(pdf);
}
