/**
 * A project's permits as the customer sees them: each with its service (a draft in its
 * deployment's current pack version, a sent permit in the version it was sent with, forever), its
 * authority, what a draft still lacks, and for a sent one its case as GET /api/my/submissions/:id
 * shows it (customer-view.ts).
 */
import type { FieldProblem, PermitDraft, ProjectPermit } from '../../api-contract';
import { localize } from '../../form-library/format/localize';
import type { FormData, Lang, ServiceDefinition } from '../../form-library/format/types';
import { isCompanyField } from '../../form-library/identity/identity-fields';
import { formMappings, prefillFromProject } from '../../form-library/projects';
import { validateSubmission } from '../../form-library/validation/validate-submission';
import { availableTransitions } from '../../workflows/machine/next-status';
import { SUPPLEMENT_EVENT, waitsForCustomer } from '../../workflows/machine/case-steps';
import { submissionById, type SubmissionRow } from '../cases/submission-row';
import type { AppContext } from '../context';
import { myCase, type MyCase } from '../customer/customer-view';
import { packVersionContent, serviceOfVersion } from '../routing/pack-content';
import { authorityName } from '../routing/routing';
import { pinnedService } from '../submissions/pinned-service';
import { permitEstimate } from './permit-estimate';
import { projectFieldLabel } from './project-data';
import { NO_IDENTITY_FILL, type IdentityFill } from './project-actor';
import type { PermitRecord, ProjectRecord, ProjectRepository } from './project-repository';

/** A permit with what its views need: its service definition and, once sent, its case. */
export interface PermitState {
  permit: PermitRecord;
  /** The pack version the permit's form is of: the deployment's now for a draft, the sent one's for ever after. */
  packId: number;
  packVersion: number;
  packSlug: string;
  service: ServiceDefinition;
  sub: SubmissionRow | null;
  /** Fills the form's identity fields from whoever works on the project now, as their send will. */
  fill: IdentityFill;
}

export async function permitState(ctx: AppContext, permit: PermitRecord, fill: IdentityFill = NO_IDENTITY_FILL): Promise<PermitState | null> {
  const sub = permit.submissionId !== null ? (await submissionById(ctx, permit.submissionId) ?? null) : null;
  const packId = sub ? sub.packId : permit.packId;
  const packVersion = sub ? sub.packVersion : permit.packVersion;
  const service = sub ? await pinnedService(ctx, packId, packVersion, sub.serviceId) : await serviceOfVersion(ctx, packId, packVersion, permit.serviceId);
  if (!service) return null;
  return { permit, packId, packVersion, packSlug: (await packVersionContent(ctx, packId, packVersion))?.slug ?? String(packId), service, sub, fill };
}

export async function permitStates(ctx: AppContext, repo: ProjectRepository, projectId: number, fill: IdentityFill = NO_IDENTITY_FILL): Promise<PermitState[]> {
  const states = await Promise.all((await repo.permitsOf(projectId)).map((p) => permitState(ctx, p, fill)));
  return states.filter((s): s is PermitState => s !== null);
}

export function projectData(project: ProjectRecord): FormData {
  return JSON.parse(project.dataJson) as FormData;
}

/**
 * A draft's answers as its form opens and is sent: its own, with every mapped field holding the
 * project's value and every identity field the identity's.
 */
export function draftAnswers(state: PermitState, project: ProjectRecord): FormData {
  return state.fill.fill(state.service, prefillFromProject(state.service.form, projectData(project), JSON.parse(state.permit.draftJson) as FormData));
}

/** What a draft still lacks before it can be sent (the send's own check); [] once complete. */
export function missingAnswers(state: PermitState, project: ProjectRecord, lang: Lang): FieldProblem[] {
  const checked = validateSubmission(state.service.form, draftAnswers(state, project), lang);
  return checked.ok ? [] : checked.errors;
}

/** Whether the customer may supplement the sent permit now (its workflow's SUPPLEMENT from the current status). */
export function takesSupplement(service: ServiceDefinition, status: string): boolean {
  return availableTransitions(service.workflow, status, 'customer').some((t) => t.event === SUPPLEMENT_EVENT);
}

export async function authorityLabel(repo: ProjectRepository, id: string, lang: Lang): Promise<string> {
  const names = await repo.authorityNames(id);
  return names ? authorityName(names, lang) : id;
}

/**
 * One permit as the project page lists it. `seen`: its case as the customer sees it (customer-view's
 * myCase) when the caller has read it already (the timeline does), so the history is read once.
 */
export async function permitView(
  ctx: AppContext,
  repo: ProjectRepository,
  project: ProjectRecord,
  state: PermitState,
  lang: Lang,
  seen?: MyCase,
): Promise<ProjectPermit> {
  const { permit, service, sub } = state;
  let submission: ProjectPermit['submission'] = null;
  if (sub) {
    const { status, events } = seen ?? await myCase(ctx, sub, service, lang);
    // The question stands only while the case waits for the customer's answer to it.
    const request = waitsForCustomer(service.workflow, sub.status) ? events.findLast((e) => e.kind === 'info_request') : undefined;
    submission = {
      id: sub.id,
      reference: sub.reference,
      status,
      submittedAt: sub.submittedAt,
      dueDate: sub.dueDate,
      infoRequest: request?.kind === 'info_request' ? { at: request.at, question: request.question, replyBy: request.replyBy } : null,
      decided: sub.decidedAt !== null,
    };
  }
  return {
    id: permit.id,
    deploymentId: permit.deploymentId,
    service: { id: service.id, name: localize(service.name, lang), kind: service.kind, packSlug: state.packSlug },
    authority: { id: sub ? sub.authorityId : permit.authorityId, name: await authorityLabel(repo, sub ? sub.authorityId : permit.authorityId, lang) },
    state: sub ? 'sent' : 'draft',
    missing: sub ? [] : missingAnswers(state, project, lang),
    submission,
    estimate: await permitEstimate(ctx, { serviceId: service.id, authorityId: sub ? sub.authorityId : permit.authorityId, respondWithinDays: permit.respondWithinDays }),
    updatedAt: permit.updatedAt,
  };
}

/** A permit's form as it opens: the draft's answers prefilled, and which answers come from the project. */
export async function permitDraft(ctx: AppContext, repo: ProjectRepository, project: ProjectRecord, state: PermitState, lang: Lang): Promise<PermitDraft> {
  const def = (await packVersionContent(ctx, project.packId, project.packVersion))?.projectData;
  const data = state.sub ? (JSON.parse(state.sub.dataJson) as FormData) : draftAnswers(state, project);
  return {
    permit: await permitView(ctx, repo, project, state, lang),
    data,
    fromProject: formMappings(state.service.form).map((m) => ({ path: m.path, projectField: m.projectField, label: projectFieldLabel(def, m.projectField, lang) })),
    // A sent permit's answers are as sent: nothing is filled in them any more.
    fromIdentity: state.sub ? [] : state.fill.paths(state.service).map((f) => ({ path: f.path.join('.'), of: isCompanyField(f.field) ? 'company' : 'person' })),
    version: state.permit.version,
  };
}

/** The permit the customer asked for by id in their own project, with its state; null when none. */
export async function ownPermitState(ctx: AppContext, repo: ProjectRepository, projectId: number, permitId: number, fill: IdentityFill = NO_IDENTITY_FILL): Promise<PermitState | null> {
  const permit = await repo.permit(projectId, permitId);
  return permit ? await permitState(ctx, permit, fill) : null;
}
