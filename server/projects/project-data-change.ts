/**
 * Changing a project's data (and its name and contact). Drafts take the new values at once (they
 * are prefilled on every read and send). A sent permit is never changed in place: each one whose
 * mapped answers the change reaches gets it as a supplement through its own workflow
 * (server/customer/customer-actions.ts, as if the customer supplemented it by hand), where the
 * workflow takes a customer SUPPLEMENT from its current status; otherwise it is left as it is and
 * the answer says why.
 *
 * What a sent permit holds of the project is the data recorded with its case (as sent, then as
 * each supplement changed it), so a change the workflow could not take earlier is carried by the
 * next one that it can.
 */
import type { AffectedPermit, DataChangeAnswer } from '../../api-contract';
import { localize } from '../../form-library/format/localize';
import type { FormData, Lang, ProjectDataDefinition, ServiceDefinition } from '../../form-library/format/types';
import { changedMappings, prefillFromProject, type FieldMapping } from '../../form-library/projects';
import { projectTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';
import { supplementChanges } from '../cases/answer-changes';
import type { SubmissionRow } from '../cases/submission-row';
import type { AppContext } from '../context';
import { myStatus } from '../customer/customer-view';
import { supplement } from '../customer/customer-actions';
import { conflict, HttpError, notFound, unprocessable } from '../http/errors';
import { changeLabels, DATA_PREFIX } from './project-change-labels';
import { checkedProjectContact } from './project-contact';
import { changedProjectFields, checkProjectData, projectFieldLabel } from './project-data';
import { authorityLabel, permitStates, projectData, takesSupplement } from './project-permits';
import type { ProjectRecord, ProjectRepository } from './project-repository';

export interface DataChangeInput {
  data: FormData;
  name?: string;
  contact?: { name: string; phone?: string | null; email?: string };
  version: number;
}

interface Affected {
  permitId: number;
  sub: SubmissionRow;
  service: ServiceDefinition;
  before: FormData;
  after: FormData;
  changed: FieldMapping[];
  possible: boolean;
}

/** 409 naming what changed since `version`, when the project has moved on. */
async function assertCurrent(repo: ProjectRepository, def: ProjectDataDefinition | undefined, project: ProjectRecord, version: number, lang: Lang): Promise<void> {
  if (project.version === version) return;
  await staleAnswer(repo, def, project.id, version, lang);
}

async function staleAnswer(repo: ProjectRepository, def: ProjectDataDefinition | undefined, projectId: number, version: number, lang: Lang): Promise<never> {
  const changed = [...new Set((await repo.eventsOf(projectId, version)).flatMap((e) => e.fields))];
  const said = translator(projectTexts, lang)('changed_meanwhile');
  const labels = changeLabels(def, changed, lang);
  throw conflict(
    'The project was changed meanwhile; reload it and make the change again',
    changed.map((path, i) => ({ path, message: `${said}: ${labels[i]}` })),
  );
}

function checkedData(def: ProjectDataDefinition | undefined, data: FormData, lang: Lang): FormData {
  if (!def) throw notFound('The project data of this project is not available');
  const checked = checkProjectData(def, data, lang);
  if (!checked.ok) throw unprocessable('Some project data is invalid', checked.errors);
  return checked.data;
}

/** The sent permits a change to `after` reaches, with the answers each would hold after it. */
async function affectedBy(ctx: AppContext, repo: ProjectRepository, project: ProjectRecord, after: FormData): Promise<Affected[]> {
  const out: Affected[] = [];
  for (const state of await permitStates(ctx, repo, project.id)) {
    const { sub, service } = state;
    if (!sub) continue;
    const held = state.permit.sentDataJson !== null ? (JSON.parse(state.permit.sentDataJson) as FormData) : projectData(project);
    const changed = changedMappings(service.form, held, after);
    if (changed.length === 0) continue;
    const before = JSON.parse(sub.dataJson) as FormData;
    out.push({ permitId: state.permit.id, sub, service, before, after: prefillFromProject(service.form, after, before), changed, possible: takesSupplement(service, sub.status) });
  }
  return out;
}

async function refusalReason(ctx: AppContext, a: Affected, lang: Lang): Promise<string> {
  return translator(projectTexts, lang)('supplement_not_possible', { status: (await myStatus(ctx, a.sub, a.service, lang)).label });
}

/** Which sent permits the change would reach and how; nothing is stored. */
export async function previewDataChange(ctx: AppContext, repo: ProjectRepository, project: ProjectRecord, def: ProjectDataDefinition | undefined, input: { data: FormData; version: number }, lang: Lang): Promise<AffectedPermit[]> {
  await assertCurrent(repo, def, project, input.version, lang);
  const after = checkedData(def, input.data, lang);
  const affected = await affectedBy(ctx, repo, project, after);
  return Promise.all(affected.map(async (a) => ({
    permitId: a.permitId,
    reference: a.sub.reference,
    service: localize(a.service.name, lang),
    authority: await authorityLabel(repo, a.sub.authorityId, lang),
    changes: supplementChanges(a.service.form, a.before, a.after, lang),
    supplement: a.possible ? ('possible' as const) : ('not_possible' as const),
    reason: a.possible ? null : await refusalReason(ctx, a, lang),
  })));
}

/** The top-level answers a supplement replaces (customer-actions merges by top-level key). */
function patchOf(before: FormData, after: FormData): FormData {
  const patch: FormData = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch;
}

async function supplementOne(
  ctx: AppContext,
  repo: ProjectRepository,
  def: ProjectDataDefinition | undefined,
  a: Affected,
  after: FormData,
  lang: Lang,
  personKey: string | undefined,
): Promise<DataChangeAnswer['supplements'][number]> {
  const base = { permitId: a.permitId, reference: a.sub.reference };
  if (!a.possible) return { ...base, outcome: 'not_sent', reason: await refusalReason(ctx, a, lang) };
  // The handler reads the supplement's message in the language the case was sent in.
  const fields = a.changed.map((m) => projectFieldLabel(def, m.projectField, a.sub.lang)).join(', ');
  const message = translator(projectTexts, a.sub.lang)('supplement_message', { fields });
  try {
    const status = await supplement(ctx, a.sub, a.service, { data: patchOf(a.before, a.after), message, lang: a.sub.lang }, personKey);
    await repo.recordSentData(a.sub.id, JSON.stringify(after));
    return { ...base, outcome: 'sent', status: await myStatus(ctx, { ...a.sub, status }, a.service, lang), reason: null };
  } catch (err) {
    if (!(err instanceof HttpError) || (err.status !== 422 && err.status !== 409)) throw err;
    // The permit's own form refuses the new values (a stricter limit than the project's), or the
    // workflow moved on meanwhile: the permit stays as it was.
    const named = err.fields.map((f) => f.path).join(', ');
    const reason = err.status === 422 ? translator(projectTexts, lang)('supplement_invalid', { fields: named || err.message }) : await refusalReason(ctx, a, lang);
    return { ...base, outcome: 'not_sent', reason };
  }
}

/**
 * Stores the change (409 when stale) and sends it on to the sent permits it reaches. `personKey`:
 * the strongly identified person making it (a company's representative), for the cases' history.
 */
export async function changeProjectData(
  ctx: AppContext,
  repo: ProjectRepository,
  project: ProjectRecord,
  def: ProjectDataDefinition | undefined,
  input: DataChangeInput,
  lang: Lang,
  personKey?: string,
): Promise<DataChangeAnswer> {
  await assertCurrent(repo, def, project, input.version, lang);
  const after = checkedData(def, input.data, lang);
  const name = input.name ?? project.name;
  // An e-mail customer's receipts go to their own address; a person's project may change where they go.
  const contactEmail = input.contact && project.owner.kind !== 'email' ? (input.contact.email ?? project.contactEmail) : project.contactEmail;
  const contact = input.contact ? checkedProjectContact(input.contact, contactEmail, lang) : { name: project.contactName, phone: project.contactPhone, email: contactEmail };
  const contactName = contact.name;
  const contactPhone = contact.phone;
  const fields = def ? changedProjectFields(def, projectData(project), after).map((k) => DATA_PREFIX + k) : [];
  if (name !== project.name) fields.push('name');
  if (contactName !== project.contactName || contactPhone !== project.contactPhone || contact.email !== project.contactEmail) fields.push('contact');
  const affected = await affectedBy(ctx, repo, project, after);
  const stored = await repo.changeData(project.id, { expectedVersion: input.version, dataJson: JSON.stringify(after), name, contactName, contactPhone, contactEmail: contact.email, fields, at: ctx.now().toISOString() });
  if (!stored.ok) {
    if (stored.reason === 'gone') throw notFound('No such project');
    return staleAnswer(repo, def, project.id, input.version, lang);
  }
  // One after another, as each supplement is its own write.
  const supplements = [];
  for (const a of affected) supplements.push(await supplementOne(ctx, repo, def, a, after, lang, personKey));
  return { version: stored.version, supplements };
}
