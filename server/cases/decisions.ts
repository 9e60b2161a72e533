/**
 * Decisions: the DECIDE step records a document, not only a status. The handler writes the decision,
 * attaches it as a PDF, or both; the appeal instructions the deployment sets at that moment are
 * copied into it, so a later change of the deployment never rewrites a decision already given.
 * The decision date is the step's time, also kept on the submission (decided_at) for the inbox and
 * the exports. One transaction: the decision row, the status step (with the decision's id in its
 * history row), the audit row and the customer's alert.
 */
import { localize } from '../../form-library/format/localize';
import { controlCharacterIn } from '../../form-library/text/control-characters';
import type { Lang, LocalizedText, ServiceDefinition } from '../../form-library/format/types';
import { isDecision } from '../../workflows/machine/case-steps';
import { APPEAL_TITLES, isAppealKind, type AppealKind } from '../../workflows/decision/appeal';
import type { StoredFile } from '../attachments/store';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';
import type { DeskActor } from './case-actor';
import type { DecisionRow, SubmissionRow } from './case-repository';
import { applyCaseChange, planTransition, type FiredTransition } from './fire-transition';

export type { DecisionRow } from './case-repository';

export interface DecisionView {
  id: number;
  decidedAt: string;
  text: string | null;
  /** The attached PDF, if any. */
  file: { name: string; size: number } | null;
  appeal: { kind: AppealKind; title: string; text: string } | null;
}

export async function decisionsOf(ctx: AppContext, submissionId: number): Promise<DecisionRow[]> {
  return ctx.repos.cases.decisions(submissionId);
}

/** A decision of this submission, or undefined (also for another submission's decision). */
export async function decisionOf(ctx: AppContext, submissionId: number, id: number): Promise<DecisionRow | undefined> {
  return ctx.repos.cases.decision(submissionId, id);
}

function appealText(json: string | null): LocalizedText {
  if (json === null) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null ? (parsed as LocalizedText) : {};
  } catch {
    return {};
  }
}

/** Appeal instructions as stored (on a deployment or a decision), in `lang`; null when none are set. */
export function appealOf(kind: string | null, textJson: string | null, lang: Lang): DecisionView['appeal'] {
  const text = localize(appealText(textJson), lang);
  return isAppealKind(kind) && text ? { kind, title: APPEAL_TITLES[kind][lang], text } : null;
}

export function decisionView(row: DecisionRow, lang: Lang): DecisionView {
  return {
    id: row.id,
    decidedAt: row.decidedAt,
    text: row.text,
    file: row.fileId && row.fileName ? { name: row.fileName, size: row.fileSize ?? 0 } : null,
    appeal: appealOf(row.appealKind, row.appealTextJson, lang),
  };
}

export interface DecisionInput {
  event: string;
  text: string | null;
  file: (StoredFile & { name: string }) | null;
}

const EVENT = /^[A-Z][A-Z0-9_]*$/;
const MAX_TEXT = 20_000;

/** The text fields beside a decision's PDF (multipart: no JSON schema checks them): 422 naming the field. */
export function decisionFields(body: unknown): { event: string | undefined; text: string | undefined } {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const problems: Array<{ path: string; message: string }> = [];
  const text = (name: string) => {
    const value = fields[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return void problems.push({ path: name, message: 'Must be text' });
    return value;
  };
  const event = text('event');
  if (event !== undefined && !EVENT.test(event)) problems.push({ path: 'event', message: 'Must be a workflow event such as DECIDE' });
  const written = text('text');
  if (written !== undefined && written.length > MAX_TEXT) problems.push({ path: 'text', message: `At most ${MAX_TEXT} characters` });
  const control = written !== undefined ? controlCharacterIn(written, { singleLine: false }) : null;
  if (control) problems.push({ path: 'text', message: `Must not hold the control character ${control.codePoint}` });
  if (problems.length) throw new HttpError(422, 'validation_failed', 'Some fields of the decision are invalid', problems);
  return { event, text: written };
}

/** 422 unless the step is a decision and the decision has a text or a PDF. */
export function checkDecisionInput(event: string, text: string | null, hasFile: boolean): void {
  if (!isDecision(event))
    throw new HttpError(422, 'validation_failed', `${event} does not record a decision`, [{ path: 'event', message: 'Must be the decision step DECIDE' }]);
  if (!text && !hasFile)
    throw new HttpError(422, 'validation_failed', 'A decision needs its text, a PDF, or both', [
      { path: 'text', message: 'Write the decision or attach it as a PDF' },
    ]);
}

/**
 * Records the decision and fires its step as one unit of work (the appeal instructions copied from
 * the deployment as it is written), by a handler or the case-management system; `readBy`: the
 * handler has seen the change.
 */
export async function recordDecision(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, actor: DeskActor, input: DecisionInput, readBy?: number): Promise<FiredTransition> {
  checkDecisionInput(input.event, input.text, input.file !== null);
  const at = ctx.now().toISOString();
  // The step's comment (required by the template) is the decision's text, or the PDF's name.
  const comment = input.text ?? input.file?.name;
  const { fired, change } = await planTransition(ctx, sub, service, {
    event: input.event,
    role: 'handler',
    actor,
    ...(comment ? { comment } : {}),
    at,
  });
  await applyCaseChange(ctx, {
    ...change,
    decision: { decidedBy: actor.kind === 'handler' ? actor.userId : null, text: input.text, file: input.file },
    // The history row names the decision it recorded.
    events: change.events.map((e) => (e.kind === 'status' ? { ...e, details: e.details ?? {}, withDecision: true } : e)),
    ...(readBy !== undefined ? { readBy } : {}),
  });
  return fired;
}
