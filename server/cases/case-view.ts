/**
 * The handler's view of one case (GET /api/cases/:id): answers, the definition of the exact pack
 * version, attachments, the whole history with who did what, and the steps this user may take now.
 */
import { localize } from '../../form-library/format/localize';
import type { FormData, FormDefinition, Lang, ServiceDefinition } from '../../form-library/format/types';
import type { WorkflowRole } from '../../workflows/format/types';
import { caseHistoryTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';
import { availableTransitions } from '../../workflows/machine/next-status';
import type { CaseDetail, CaseTransition, HistoryEntry, StatusRef } from '../../api-contract';
import { attachmentsOf, summary } from '../attachments/store';
import type { AppContext } from '../context';
import { estimateFor } from '../estimates/estimate-for';
import { packVersionContent } from '../routing/pack-content';
import { authorityName } from '../routing/routing';
import { municipalityNameLookup } from '../reference/municipality-names';
import { statusLabel } from '../submissions/pinned-service';
import { isDecision, requestsInformation } from '../../workflows/machine/case-steps';
import type { AnswerLookups } from '../../form-library/answers';
import { supplementChanges } from './answer-changes';
import { parseDetails } from './case-event-details';
import { caseHistory, type CaseEventRow } from './case-events';
import { appealOf, decisionsOf, decisionView } from './decisions';
import type { SubmissionRow } from './submission-row';

export function statusRef(service: ServiceDefinition | null, status: string, lang: Lang): StatusRef {
  return { id: status, label: statusLabel(service, status, lang) };
}

export function transitionViews(service: ServiceDefinition, status: string, role: WorkflowRole, lang: Lang): CaseTransition[] {
  return availableTransitions(service.workflow, status, role).map((t) => ({
    event: t.event,
    label: localize(t.label, lang),
    to: statusRef(service, t.to, lang),
    commentRequired: t.commentRequired === true,
    customerAlert: t.customerAlert ? localize(t.customerAlert, lang) || null : null,
    requestsInformation: requestsInformation(service.workflow, t),
    decision: isDecision(t.event),
  }));
}

/** `keyName`: the name its admin gave an API key (the case-management system acting with it). */
function historyView(
  e: CaseEventRow,
  service: ServiceDefinition,
  lang: Lang,
  userName: (id: number) => string | null,
  keyName: (id: string | undefined) => string | null,
  lookups: AnswerLookups,
): HistoryEntry {
  const details = parseDetails(e.detailsJson);
  const by = {
    ...(e.actorUserId !== null ? { id: e.actorUserId } : {}),
    name: e.actorName ?? keyName(details.apiKeyId) ?? translator(caseHistoryTexts, lang)(`who_${e.actorKind}`),
    kind: e.actorKind,
  };
  const base: HistoryEntry = { at: e.at, kind: e.kind, actor: e.actorKind, by };
  switch (e.kind) {
    case 'submitted':
    case 'status': {
      const to = e.toStatus ? statusRef(service, e.toStatus, lang) : null;
      return {
        ...base,
        ...(e.event ? { event: e.event } : {}),
        from: e.fromStatus ? statusRef(service, e.fromStatus, lang) : null,
        to,
        ...(to ? { status: to } : {}),
        comment: e.body,
        ...(details.replyBy ? { replyBy: details.replyBy } : {}),
        ...(details.decisionId !== undefined ? { decisionId: details.decisionId } : {}),
      };
    }
    case 'assignment': {
      const id = e.body ? Number(e.body) : null;
      return { ...base, assignee: id ? { id, name: userName(id) ?? String(id) } : null };
    }
    case 'message':
      return { ...base, body: e.body, direction: e.actorKind === 'customer' ? 'in' : 'out' };
    case 'supplement':
      return {
        ...base,
        body: e.body,
        ...(details.before && details.after ? { changes: supplementChanges(service.form, details.before, details.after, lang, lookups) } : {}),
      };
    default:
      return { ...base, body: e.body };
  }
}

/** The pack a case was made with: its slug (stable), its name in `lang` and the exact version. */
export async function packRef(ctx: AppContext, packId: number, version: number, lang: Lang): Promise<CaseDetail['pack']> {
  const content = await packVersionContent(ctx, packId, version);
  const slug = content?.slug ?? (await ctx.repos.packs.byId(packId))?.slug ?? String(packId);
  return { id: packId, slug, name: content ? localize(content.name, lang) || slug : slug, version };
}

export async function caseView(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, role: WorkflowRole, lang: Lang): Promise<CaseDetail> {
  const authority = await ctx.repos.reference.authority(sub.authorityId);
  const place = await ctx.repos.reference.place(sub.municipalityCode);
  const events = await caseHistory(ctx, sub.id);
  // The names the history shows, read first: the assignees' in one read, each API key's once.
  const userIds = new Set<number>(sub.assigneeId !== null ? [sub.assigneeId] : []);
  const keyIds = new Set<string>();
  for (const e of events) {
    if (e.kind === 'assignment' && e.body) userIds.add(Number(e.body));
    const keyId = parseDetails(e.detailsJson).apiKeyId;
    if (e.actorName === null && keyId !== undefined) keyIds.add(keyId);
  }
  const [names, keys, files, municipalityName] = await Promise.all([
    ctx.repos.staff.names([...userIds]),
    Promise.all([...keyIds].map(async (id) => [id, (await ctx.repos.apiKeys.byId(id))?.name ?? null] as const)),
    attachmentsOf(ctx, sub.id),
    municipalityNameLookup(ctx),
  ]);
  const keyNames = new Map(keys);
  const userName = (id: number): string | null => names.get(id) ?? null;
  const keyName = (id: string | undefined): string | null => (id === undefined ? null : (keyNames.get(id) ?? null));
  const assigneeName = sub.assigneeId !== null ? userName(sub.assigneeId) : null;
  const fileNames = new Map(files.map((f) => [f.id, f.name]));
  const lookups: AnswerLookups = {
    attachmentName: (fileId) => fileNames.get(fileId),
    municipalityName,
  };
  const history = events.map((e) => historyView(e, service, lang, userName, keyName, lookups));
  // A file a supplement took out of the answers stays with the case, marked as replaced or removed.
  const taken = new Map<string, Pick<CaseDetail['attachments'][number], 'state' | 'replacedBy'>>();
  for (const h of history) {
    for (const c of h.changes?.attachments ?? []) {
      if (c.kind === 'added') taken.delete(c.id);
      else taken.set(c.id, c.kind === 'replaced' && c.replacedBy ? { state: 'replaced', replacedBy: c.replacedBy } : { state: 'removed' });
    }
  }
  const deployment = await ctx.repos.deployments.byId(sub.deploymentId);
  return {
    id: sub.id,
    reference: sub.reference,
    service: { id: service.id, name: localize(service.name, lang) },
    authority: { id: sub.authorityId, name: authority ? authorityName(authority, lang) : sub.authorityId },
    municipality: { code: sub.municipalityCode, name: place ? localize({ fi: place.fi, sv: place.sv }, lang) : sub.municipalityCode },
    contact: { name: sub.contactName, email: sub.contactEmail, phone: sub.contactPhone },
    identification: sub.identification === 'strong' || sub.identification === 'email' ? sub.identification : 'none',
    actingFor: sub.actingForBusinessId ? { businessId: sub.actingForBusinessId, name: sub.actingForName ?? sub.actingForBusinessId } : null,
    customerName: sub.contactName,
    lang: sub.lang,
    packVersion: sub.packVersion,
    pack: await packRef(ctx, sub.packId, sub.packVersion, lang),
    status: statusRef(service, sub.status, lang),
    submittedAt: sub.submittedAt,
    statusSince: sub.statusSince,
    updatedAt: sub.updatedAt,
    assignee: sub.assigneeId !== null ? { id: sub.assigneeId, name: assigneeName ?? String(sub.assigneeId) } : null,
    dueDate: sub.dueDate,
    dueOpen: sub.openDueDate !== null,
    decidedAt: sub.decidedAt,
    estimate: await estimateFor(ctx, sub.serviceId, sub.authorityId, { respondWithinDays: deployment?.respondWithinDays ?? null }),
    data: JSON.parse(sub.dataJson) as FormData,
    definition: service.form,
    attachments: files.map((f) => ({ ...summary(f), ...taken.get(f.id) })),
    history,
    decisions: (await decisionsOf(ctx, sub.id)).map((d) => ({
      ...decisionView(d, lang),
      documentHref: `/api/cases/${sub.id}/decisions/${d.id}/document.pdf`,
      fileHref: d.fileId ? `/api/cases/${sub.id}/decisions/${d.id}/file` : null,
    })),
    appeal: deployment ? appealOf(deployment.appealKind, deployment.appealTextJson, lang) : null,
    transitions: transitionViews(service, sub.status, role, lang),
    caseManagement: await ctx.repos.cases.caseManagementRef(sub.id) ?? null,
  };
}
