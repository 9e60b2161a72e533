/** The customer's projects as the API answers them: the list (one line each) and one project with its permits and timeline. */
import type { Project, ProjectSummary } from '../../api-contract';
import { localize } from '../../form-library/format/localize';
import type { Lang, ProjectDataDefinition } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { myCase } from '../customer/customer-view';
import { packVersionContent } from '../routing/pack-content';
import { pinnedService } from '../submissions/pinned-service';
import { projectDataForm } from './project-data';
import { waitsForCustomer } from '../../workflows/machine/case-steps';
import { permitStates, permitView, projectData } from './project-permits';
import type { ProjectOwner } from '../../permissions/acting-for';
import type { IdentityFill } from './project-actor';
import type { PermitTally, ProjectRecord, ProjectRepository } from './project-repository';
import { projectTimeline, type SentPermitEvents } from './project-timeline';

export async function projectDataOf(ctx: AppContext, project: ProjectRecord): Promise<ProjectDataDefinition | undefined> {
  return (await packVersionContent(ctx, project.packId, project.packVersion))?.projectData;
}

async function headOf(repo: ProjectRepository, project: ProjectRecord, def: ProjectDataDefinition | undefined, lang: Lang): Promise<Omit<ProjectSummary, 'permits'>> {
  const place = await repo.municipalityNames(project.municipalityCode);
  return {
    id: project.id,
    name: project.name,
    municipality: { code: project.municipalityCode, name: place ? localize({ fi: place.nameFi, sv: place.nameSv }, lang) : project.municipalityCode },
    kind: { packSlug: project.packSlug, name: localize(def?.name, lang, project.packSlug) },
    updatedAt: project.updatedAt,
  };
}

function emptyCounts(): ProjectSummary['permits'] {
  return { drafts: 0, sent: 0, waitingForCustomer: 0, decided: 0 };
}

async function count(ctx: AppContext, counts: ProjectSummary['permits'], t: PermitTally): Promise<void> {
  if (t.submissionId === null || t.status === null || t.packId === null || t.packVersion === null) {
    counts.drafts += 1;
    return;
  }
  counts.sent += 1;
  if (t.decided) counts.decided += 1;
  const service = await pinnedService(ctx, t.packId, t.packVersion, t.serviceId);
  if (service && waitsForCustomer(service.workflow, t.status)) counts.waitingForCustomer += 1;
}

/** The owner's projects, the latest changed first, each with its permits counted. */
export async function myProjects(ctx: AppContext, repo: ProjectRepository, owner: ProjectOwner, lang: Lang): Promise<ProjectSummary[]> {
  const counts = new Map<number, ProjectSummary['permits']>();
  for (const t of await repo.permitTalliesOf(owner)) {
    let c = counts.get(t.projectId);
    if (!c) counts.set(t.projectId, (c = emptyCounts()));
    await count(ctx, c, t);
  }
  const projects = await repo.projectsOf(owner);
  return Promise.all(projects.map(async (p) => ({ ...(await headOf(repo, p, await projectDataOf(ctx, p), lang)), permits: counts.get(p.id) ?? emptyCounts() })));
}

/** One project: its data and form, its permits, and its timeline. */
export async function myProject(ctx: AppContext, repo: ProjectRepository, project: ProjectRecord, lang: Lang, fill?: IdentityFill): Promise<Project> {
  const def = await projectDataOf(ctx, project);
  const states = await permitStates(ctx, repo, project.id, fill);
  const sent: SentPermitEvents[] = [];
  const permits = [];
  for (const state of states) {
    if (!state.sub) {
      permits.push(await permitView(ctx, repo, project, state, lang));
      continue;
    }
    const seen = await myCase(ctx, state.sub, state.service, lang);
    const view = await permitView(ctx, repo, project, state, lang, seen);
    sent.push({ state, events: seen.events, estimate: view.estimate });
    permits.push(view);
  }
  const head = await headOf(repo, project, def, lang);
  return {
    ...head,
    kind: { packSlug: project.packSlug, packVersion: project.packVersion, name: head.kind.name },
    definition: def ? projectDataForm(def) : { pages: [] },
    data: projectData(project),
    contact: { name: project.contactName, phone: project.contactPhone, email: project.contactEmail },
    company: project.owner.kind === 'company' ? { businessId: project.owner.businessId, name: project.companyName ?? project.owner.businessId } : null,
    consent: project.consent,
    version: project.version,
    createdAt: project.createdAt,
    permits,
    timeline: projectTimeline(sent, await repo.eventsOf(project.id), def, lang),
  };
}
