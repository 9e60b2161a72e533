/**
 * A decision as sent to the server: its fields (`event`, default DECIDE, and `text`) as multipart
 * text fields or JSON, and an optional PDF. Everything is checked before anything is stored (the
 * step, the text or file, the file's content); a stored PDF is removed again if the step fails.
 * The desk and the integration API both record decisions through here.
 */
import type { ServiceDefinition } from '../../form-library/format/types';
import { DECIDE_EVENT } from '../../workflows/machine/case-steps';
import { checkContent } from '../attachments/content-check';
import { cleanFileName, displayName } from '../attachments/display-name';
import { removeStoredFile, writeStoredFile } from '../attachments/store';
import type { AppContext } from '../context';
import { badRequest, unsupportedMediaType } from '../http/errors';
import { readerOf, type DeskActor } from './case-actor';
import type { SubmissionRow } from './case-repository';
import { checkDecisionInput, decisionFields, recordDecision, type DecisionInput } from './decisions';
import { decideTransition, type FiredTransition } from './fire-transition';

/** The uploaded file as the multipart parser holds it in memory. */
export interface DecisionUpload {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** A decision's text (20,000 characters) may take up to four bytes a character. */
export const DECISION_FIELD_BYTES = 80_000;

export async function recordDecisionUpload(
  ctx: AppContext,
  sub: SubmissionRow,
  service: ServiceDefinition,
  actor: DeskActor,
  body: unknown,
  upload: DecisionUpload | undefined,
): Promise<FiredTransition> {
  const fields = decisionFields(body);
  const event = fields.event ?? DECIDE_EVENT;
  const text = fields.text?.trim() || null;
  checkDecisionInput(event, text, upload !== undefined);
  decideTransition(service, sub.status, event, 'handler', text ?? upload?.originalname);
  let file: DecisionInput['file'] = null;
  if (upload) {
    // Busboy decodes names as latin1 unless told otherwise; browsers send UTF-8.
    const given = Buffer.from(upload.originalname, 'latin1').toString('utf8');
    const quoted = cleanFileName(given);
    if (upload.size === 0) throw badRequest(`The file ${quoted} is empty`, [{ path: 'file', message: 'The file is empty' }]);
    const checked = await checkContent(upload.buffer, upload.mimetype);
    if (!checked.ok || checked.type !== 'application/pdf')
      throw unsupportedMediaType(`${quoted}: a decision is attached as a PDF`, [{ path: 'file', message: checked.ok ? 'Must be a PDF' : checked.reason }]);
    file = { ...(await writeStoredFile(ctx, upload.buffer)), name: displayName(given, checked.type) };
  }
  try {
    return await recordDecision(ctx, sub, service, actor, { event, text, file }, readerOf(actor));
  } catch (err) {
    if (file) await removeStoredFile(ctx, file.id);
    throw err;
  }
}
