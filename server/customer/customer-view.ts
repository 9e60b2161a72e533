/**
 * What a signed-in customer sees of their own submissions: only statuses the workflow marks as
 * customer-visible (an internal status shows as the last visible one before it), only history rows
 * marked customer-visible, never notes or who in the authority did what.
 */
import { localize } from '../../form-library/format/localize';
import type { FormData, FormDefinition, Lang, ServiceDefinition } from '../../form-library/format/types';
import { availableTransitions, customerStatus } from '../../workflows/machine/next-status';
import type { MySubmission, MySubmissionSummary, StatusRef } from '../../api-contract';
import type { CustomerViewer } from '../../permissions/acting-for';
import { attachmentsOf, summary } from '../attachments/store';
import { customerVisibleHistory, type CaseEventRow } from '../cases/case-events';
import { statusRef } from '../cases/case-view';
import { requestsInformation, SUPPLEMENT_EVENT } from '../../workflows/machine/case-steps';
import { parseDetails } from '../cases/case-event-details';
import { decisionsOf, decisionView } from '../cases/decisions';
import type { SubmissionRow } from '../cases/submission-row';
import type { AppContext } from '../context';
import { authorityName } from '../routing/routing';
import { pinnedService } from '../submissions/pinned-service';

/** The status the customer sees, from the visible history (oldest first) and the current status. */
function visibleStatus(service: ServiceDefinition, sub: SubmissionRow, events: CaseEventRow[]): string {
  const statuses = events.filter((e) => e.toStatus !== null && (e.kind === 'submitted' || e.kind === 'status')).map((e) => e.toStatus as string);
  statuses.push(sub.status);
  return customerStatus(service.workflow, statuses) ?? statuses[0];
}

/**
 * The status a customer sees for `sub` now, labelled in `lang`: the same as the `status` of
 * GET /api/my/submissions/:id, so an action's answer never shows an internal status.
 */
export async function myStatus(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, lang: Lang): Promise<StatusRef> {
  return statusRef(service, visibleStatus(service, sub, await customerVisibleHistory(ctx, sub.id)), lang);
}

/** The names of these authorities in `lang`, each read once. */
async function authorityNames(ctx: AppContext, ids: Iterable<string>, lang: Lang): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await Promise.all(unique.map((id) => ctx.repos.reference.authority(id)));
  return new Map(unique.map((id, i) => {
    const row = rows[i];
    return [id, row ? authorityName(row, lang) : id];
  }));
}

function summaryOf(sub: SubmissionRow, service: ServiceDefinition, events: CaseEventRow[], lang: Lang, authority: string): MySubmissionSummary {
  return {
    id: sub.id,
    reference: sub.reference,
    service: { id: service.id, name: localize(service.name, lang), kind: service.kind },
    authority: { id: sub.authorityId, name: authority },
    status: statusRef(service, visibleStatus(service, sub, events), lang),
    submittedAt: sub.submittedAt,
    dueDate: sub.openDueDate,
    // The last change the customer can see; internal notes must not show as activity.
    updatedAt: events.length ? events[events.length - 1].at : sub.submittedAt,
  };
}

/** The submissions `viewer` sees (permissions/acting-for.ts): by e-mail address, the person's own, or their company's. */
function rowsOf(ctx: AppContext, viewer: CustomerViewer) {
  switch (viewer.kind) {
    case 'email':
      return ctx.repos.cases.ofContactEmail(viewer.email, 500);
    case 'person':
      return ctx.repos.cases.ofPerson(viewer.personKey, 500);
    case 'company':
      return ctx.repos.cases.ofCompany(viewer.businessId, 500);
  }
}

export async function mySubmissions(ctx: AppContext, viewer: CustomerViewer, lang: Lang): Promise<MySubmissionSummary[]> {
  const rows = await rowsOf(ctx, viewer);
  const names = await authorityNames(ctx, rows.map((r) => r.authorityId), lang);
  const out: MySubmissionSummary[] = [];
  for (const sub of rows) {
    const service = await pinnedService(ctx, sub.packId, sub.packVersion, sub.serviceId);
    if (!service) continue;
    out.push(summaryOf(sub, service, await customerVisibleHistory(ctx, sub.id), lang, names.get(sub.authorityId) ?? sub.authorityId));
  }
  return out;
}

/**
 * The request that led to the current status: the latest step into it by the authority, with its
 * question and deadline. The customer's own step into it (a supplement back to a status they may
 * supplement again, as a notification's "Submitted") asks nothing.
 */
function openInfoRequest(events: CaseEventRow[], status: string): MySubmission['infoRequest'] {
  const step = events.findLast((e) => e.kind === 'status' && e.toStatus === status && e.actorKind !== 'customer');
  if (!step) return null;
  return { at: step.at, question: step.body, replyBy: parseDetails(step.detailsJson).replyBy ?? null };
}

export async function mySubmission(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, lang: Lang): Promise<MySubmission> {
  const events = await customerVisibleHistory(ctx, sub.id);
  const history: MySubmission['history'] = [];
  const messages: MySubmission['messages'] = [];
  for (const e of events) {
    if ((e.kind === 'submitted' || e.kind === 'status') && e.toStatus) {
      history.push({ at: e.at, status: statusRef(service, e.toStatus, lang), ...(e.body ? { comment: e.body } : {}) });
    } else if ((e.kind === 'message' || e.kind === 'supplement') && e.body) {
      messages.push({ at: e.at, from: e.actorKind === 'customer' ? 'customer' : 'authority', body: e.body });
    }
  }
  const actions = availableTransitions(service.workflow, sub.status, 'customer');
  const deployment = await ctx.repos.deployments.byId(sub.deploymentId);
  return {
    ...summaryOf(sub, service, events, lang, (await authorityNames(ctx, [sub.authorityId], lang)).get(sub.authorityId) ?? sub.authorityId),
    packVersion: sub.packVersion,
    lang: sub.lang,
    data: JSON.parse(sub.dataJson) as FormData,
    definition: service.form,
    history,
    messages,
    attachments: (await attachmentsOf(ctx, sub.id)).map(summary),
    actions: actions.map((t) => ({ event: t.event, label: localize(t.label, lang) })),
    respondWithinDays: deployment?.respondWithinDays ?? null,
    contactText: deployment?.contactText ?? null,
    infoRequest: actions.some((t) => t.event === SUPPLEMENT_EVENT) ? openInfoRequest(events, sub.status) : null,
    decisions: await myDecisions(ctx, sub.id, lang),
    caseManagement: await ctx.repos.cases.caseManagementRef(sub.id) ?? null,
  };
}

/** The decisions of the customer's own submission, with the links the customer downloads them by. */
async function myDecisions(ctx: AppContext, submissionId: number, lang: Lang): Promise<MySubmission['decisions']> {
  return (await decisionsOf(ctx, submissionId)).map((d) => ({
    ...decisionView(d, lang),
    documentHref: `/api/my/submissions/${submissionId}/decisions/${d.id}/document.pdf`,
    fileHref: d.fileId ? `/api/my/submissions/${submissionId}/decisions/${d.id}/file` : null,
  }));
}

/** One thing the customer may see happen to their submission, for a timeline across submissions. */
export type MyCaseEvent =
  | { at: string; kind: 'sent' | 'status'; status: StatusRef; comment: string | null }
  | { at: string; kind: 'info_request'; status: StatusRef; question: string | null; replyBy: string | null }
  | { at: string; kind: 'supplement' | 'message'; from: 'authority' | 'customer'; body: string | null }
  | { at: string; kind: 'decision'; status: StatusRef | null; decision: MySubmission['decisions'][number] };

export interface MyCase {
  status: StatusRef;
  events: MyCaseEvent[];
}

/** The status the customer sees now (as myStatus) and what happened, in time order, from one read of the history. */
export async function myCase(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, lang: Lang): Promise<MyCase> {
  const history = await customerVisibleHistory(ctx, sub.id);
  return { status: statusRef(service, visibleStatus(service, sub, history), lang), events: await caseEventsOf(ctx, sub, service, history, lang) };
}

/**
 * What GET /api/my/submissions/:id shows, as events in time order: the visible status steps (a
 * handler's step that asks the customer for more is an information request, with its reply day),
 * supplements, messages both ways and decisions with their documents. Notes and internal steps
 * never appear: the rows are the customer-visible history only.
 */
async function caseEventsOf(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, history: CaseEventRow[], lang: Lang): Promise<MyCaseEvent[]> {
  const decisions = new Map((await myDecisions(ctx, sub.id, lang)).map((d) => [d.id, d]));
  const out: MyCaseEvent[] = [];
  for (const e of history) {
    const details = parseDetails(e.detailsJson);
    if (e.kind === 'submitted' && e.toStatus) {
      out.push({ at: e.at, kind: 'sent', status: statusRef(service, e.toStatus, lang), comment: e.body });
    } else if (e.kind === 'status' && e.toStatus) {
      const status = statusRef(service, e.toStatus, lang);
      const decision = details.decisionId !== undefined ? decisions.get(details.decisionId) : undefined;
      if (decision) {
        out.push({ at: e.at, kind: 'decision', status, decision });
        decisions.delete(decision.id);
      } else if (e.actorKind !== 'customer' && requestsInformation(service.workflow, { to: e.toStatus, roles: ['handler'] })) {
        out.push({ at: e.at, kind: 'info_request', status, question: e.body, replyBy: details.replyBy ?? null });
      } else out.push({ at: e.at, kind: 'status', status, comment: e.body });
    } else if (e.kind === 'message' || e.kind === 'supplement') {
      out.push({ at: e.at, kind: e.kind, from: e.actorKind === 'customer' ? 'customer' : 'authority', body: e.body });
    }
  }
  // A decision recorded without a step of its own (none today) still shows, at its own time.
  for (const d of decisions.values()) out.push({ at: d.decidedAt, kind: 'decision', status: null, decision: d });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
