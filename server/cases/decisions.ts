/**
 * Decisions: the DECIDE step records a document, not only a status. The handler writes the decision,
 * attaches it as a PDF, or both; the appeal instructions the deployment sets at that moment are
 * copied into it, so a later change of the deployment never rewrites a decision already given.
 * The decision date is the step's time, also kept on the submission (decided_at) for the inbox and
 * the exports. One transaction: the decision row, the status step (with the decision's id in its
 * history row), the audit row and the customer's alert.
 */
import type { Statement } from 'better-sqlite3';
import { localize } from '../../form-library/format/localize';
import { controlCharacterIn } from '../../form-library/text/control-characters';
import type { Lang, LocalizedText, ServiceDefinition } from '../../form-library/format/types';
import { isDecision } from '../../workflows/machine/case-steps';
import { APPEAL_TITLES, isAppealKind, type AppealKind } from '../../workflows/decision/appeal';
import type { StaffPrincipal } from '../auth/principals';
import type { StoredFile } from '../attachments/store';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';
import { fireTransition, type FiredTransition } from './fire-transition';
import type { SubmissionRow } from './submission-row';

export interface DecisionRow {
  id: number;
  submissionId: number;
  decidedAt: string;
  decidedBy: number | null;
  text: string | null;
  fileId: string | null;
  fileName: string | null;
  fileSize: number | null;
  appealKind: string | null;
  appealTextJson: string | null;
}

export interface DecisionView {
  id: number;
  decidedAt: string;
  text: string | null;
  /** The attached PDF, if any. */
  file: { name: string; size: number } | null;
  appeal: { kind: AppealKind; title: string; text: string } | null;
}

const COLUMNS = `id, submission_id AS submissionId, decided_at AS decidedAt, decided_by AS decidedBy, text, file_id AS fileId,
  file_name AS fileName, file_size AS fileSize, appeal_kind AS appealKind, appeal_text_json AS appealTextJson`;

// Read for every case a customer or handler opens (a project page reads several): prepared once per connection.
const decisionStatements = new WeakMap<AppContext['sqlite'], Statement<[number], DecisionRow>>();

export function decisionsOf(ctx: AppContext, submissionId: number): DecisionRow[] {
  let st = decisionStatements.get(ctx.sqlite);
  if (!st) {
    st = ctx.sqlite.prepare<[number], DecisionRow>(`SELECT ${COLUMNS} FROM decisions WHERE submission_id = ? ORDER BY id`);
    decisionStatements.set(ctx.sqlite, st);
  }
  return st.all(submissionId);
}

/** A decision of this submission, or undefined (also for another submission's decision). */
export function decisionOf(ctx: AppContext, submissionId: number, id: number): DecisionRow | undefined {
  return ctx.sqlite.prepare<[number, number], DecisionRow>(`SELECT ${COLUMNS} FROM decisions WHERE id = ? AND submission_id = ?`).get(id, submissionId);
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

/** Records the decision and fires its step; call inside a transaction. */
export function recordDecision(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, staff: StaffPrincipal, input: DecisionInput): FiredTransition {
  checkDecisionInput(input.event, input.text, input.file !== null);
  const appeal = ctx.sqlite
    .prepare<[number], { kind: string | null; text: string | null }>('SELECT appeal_kind AS kind, appeal_text_json AS text FROM deployments WHERE id = ?')
    .get(sub.deploymentId);
  const at = ctx.now().toISOString();
  const id = Number(
    ctx.sqlite
      .prepare(
        `INSERT INTO decisions (submission_id, decided_at, decided_by, text, file_id, file_name, file_size, file_sha256, appeal_kind, appeal_text_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sub.id, at, staff.id, input.text, input.file?.id ?? null, input.file?.name ?? null, input.file?.size ?? null, input.file?.sha256 ?? null,
        appeal?.kind ?? null, appeal?.text ?? null).lastInsertRowid,
  );
  // The step's comment (required by the template) is the decision's text, or the PDF's name.
  const comment = input.text ?? input.file?.name;
  return fireTransition(ctx, sub, service, {
    event: input.event,
    role: 'handler',
    actor: { kind: 'handler', userId: staff.id, email: staff.email },
    ...(comment ? { comment } : {}),
    details: { decisionId: id },
    at,
  });
}
