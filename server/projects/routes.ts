/**
 * The customer's projects (api-contract/projects.ts). Only the owner reaches a project (an e-mail
 * customer, a person for themselves, or every representative acting for the owning company:
 * permissions/acting-for.ts, the mandate checked on every request): any other id answers 404 as if
 * it did not exist. Sends go through the send path of every submission, record who sent for whom as
 * a single send does, and count against the same rate limits (a send of all drafts counts once).
 */
import { randomUUID } from 'node:crypto';
import { Router, type Request, type RequestHandler } from 'express';
import { API } from '../../api-contract/routes';
import { localize } from '../../form-library/format/localize';
import type { FormData, Lang } from '../../form-library/format/types';
import { formMappings, valueAt } from '../../form-library/projects';
import { projectTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';
import { maySeeProjectAs, projectOwnerOf } from '../../permissions/acting-for';
import { writeAudit } from '../audit/log';
import { requestLang } from '../cases/request-lang';
import type { AppContext } from '../context';
import { getDeployment } from '../deployments/deployments';
import { on } from '../http/contract-route';
import { badRequest, conflict, notFound, unprocessable } from '../http/errors';
import { serviceOfVersion } from '../routing/pack-content';
import { responsibleDeployment } from '../routing/routing';
import { sendLimit } from '../submissions/send-limits';
import { checkedProjectContact } from './project-contact';
import { checkProjectData, projectFieldLabel } from './project-data';
import { changeProjectData, previewDataChange } from './project-data-change';
import { projectKinds } from './project-kinds';
import { missingAnswers, ownPermitState, permitDraft, permitState, permitStates, permitView, projectData, type PermitState } from './project-permits';
import { projectActorOf, type ProjectActor } from './project-actor';
import type { ProjectRecord } from './project-repository';
import { sendAllPermits, sendPermit } from './project-sends';
import { myProject, myProjects, projectDataOf } from './project-view';

export function projectRoutes(ctx: AppContext): Router {
  const router = Router();
  const repo = ctx.repos.projects;
  const limit = sendLimit(ctx);
  // Every attempt counts, as on POST /api/submissions; a send of all drafts is one attempt.
  const countedSend: RequestHandler = (req, _res, next) => {
    // An e-mail customer's sends go to their own address; a person's to the project's contact, counted per client address.
    const taken = limit(req, req.person ? undefined : req.customer?.email);
    if (taken) taken.then(() => next(), next);
    else next();
  };
  const texts = (lang: Lang) => translator(projectTexts, lang);

  /** The project if the request's customer works on it (a company's mandate checked now), else 404. */
  async function ownProject(req: Request, id: number): Promise<{ project: ProjectRecord; actor: ProjectActor }> {
    const actor = await projectActorOf(ctx, req);
    const project = await repo.project(id);
    if (!project || !maySeeProjectAs(actor.viewer, project.owner)) throw notFound('No such project');
    return { project, actor };
  }

  async function ownPermit(req: Request, id: number, permitId: number): Promise<{ project: ProjectRecord; state: PermitState; actor: ProjectActor }> {
    const { project, actor } = await ownProject(req, id);
    const state = await ownPermitState(ctx, repo, project.id, permitId, actor.fill);
    if (!state) throw notFound('No such permit in this project');
    return { project, state, actor };
  }

  on(router, API.projects.kinds, async (req, res, { query }) => {
    const kinds = await projectKinds(ctx, query.municipality, requestLang(req));
    if (!kinds) throw badRequest(`Unknown municipality code ${query.municipality}`, [{ path: 'municipality', message: 'No such municipality' }]);
    res.json(kinds.map((k) => k.kind));
  });

  on(router, API.projects.list, async (req, res) => {
    const actor = await projectActorOf(ctx, req);
    res.json(await myProjects(ctx, repo, projectOwnerOf(actor.viewer), requestLang(req)));
  });

  on(router, API.projects.create, async (req, res, { body }) => {
    const actor = await projectActorOf(ctx, req);
    const viewer = actor.viewer;
    const lang = body.lang ?? requestLang(req);
    const t = texts(lang);
    const kinds = await projectKinds(ctx, body.municipality, lang);
    if (!kinds) throw unprocessable(`Unknown municipality code ${body.municipality}`, [{ path: 'municipality', message: 'No such municipality' }]);
    const choice = kinds.find((k) => k.kind.packSlug === body.packSlug);
    const place = await repo.municipalityNames(body.municipality);
    const placeName = place ? localize({ fi: place.nameFi, sv: place.nameSv }, lang) : body.municipality;
    if (!choice) throw unprocessable(`No project of kind ${body.packSlug} is offered in ${body.municipality}`, [{ path: 'packSlug', message: t('kind_not_offered', { municipality: placeName }) }]);
    const data = checkProjectData(choice.projectData, body.data ?? {}, lang);
    if (!data.ok) throw unprocessable('Some project data is invalid', data.errors);
    const contact = checkedProjectContact(body.contact, viewer.kind === 'email' ? viewer.email : (body.contact.email ?? ''), lang);
    const wanted = [...new Set(body.services ?? [])];
    const missing = wanted.filter((id) => !choice.kind.services.some((s) => s.serviceId === id));
    if (missing.length) {
      throw unprocessable(
        `Not offered in ${body.municipality}: ${missing.join(', ')}`,
        missing.map((id) => ({ path: `services.${(body.services ?? []).indexOf(id)}`, message: t('service_not_offered', { service: id, municipality: placeName }) })),
      );
    }
    const owner = projectOwnerOf(viewer);
    const at = ctx.now().toISOString();
    const id = await repo.createProject(
      {
        owner, companyName: actor.company?.name ?? null, createdByPersonKey: viewer.kind === 'email' ? null : viewer.personKey, contactEmail: contact.email,
        name: body.name.trim(), municipalityCode: body.municipality, packId: choice.packId, packSlug: body.packSlug,
        packVersion: choice.kind.packVersion, dataJson: JSON.stringify(data.data), contactName: contact.name, contactPhone: contact.phone,
        consent: body.consent, at,
      },
      wanted.map((serviceId) => {
        const offered = choice.kind.services.find((s) => s.serviceId === serviceId);
        return { deploymentId: offered?.deploymentId ?? 0, serviceId, idempotencyKey: randomUUID() };
      }),
    );
    // Who started whose project, by key: the henkilötunnus never reaches the audit log.
    await writeAudit(ctx, {
      actor: viewer.kind === 'email' ? { kind: 'customer', email: viewer.email } : { kind: 'person', personKey: viewer.personKey },
      action: 'project.create', targetType: 'project', targetId: id,
      details: { owner: owner.kind, ...(owner.kind === 'company' ? { actingFor: owner.businessId } : {}) },
    });
    const project = await repo.project(id);
    if (!project) throw notFound('No such project');
    res.status(201).json(await myProject(ctx, repo, project, lang, actor.fill));
  });

  on(router, API.projects.get, async (req, res, { params }) => {
    const { project, actor } = await ownProject(req, params.id);
    res.json(await myProject(ctx, repo, project, requestLang(req), actor.fill));
  });

  on(router, API.projects.remove, async (req, res, { params }) => {
    const { project } = await ownProject(req, params.id);
    const removed = await repo.removeProject(project.id);
    if (removed === 'gone') throw notFound('No such project');
    if (removed === 'sent') throw conflict('Permits of this project have been sent; it cannot be removed', [{ path: 'id', message: texts(requestLang(req))('project_has_sent') }]);
    res.status(204).end();
  });

  on(router, API.projects.previewData, async (req, res, { params, body }) => {
    const { project } = await ownProject(req, params.id);
    const lang = body.lang ?? requestLang(req);
    res.json({ affected: await previewDataChange(ctx, repo, project, await projectDataOf(ctx, project), body, lang) });
  });

  on(router, API.projects.changeData, async (req, res, { params, body }) => {
    const { project, actor } = await ownProject(req, params.id);
    const lang = body.lang ?? requestLang(req);
    res.json(await changeProjectData(ctx, repo, project, await projectDataOf(ctx, project), body, lang, actor.viewer.kind === 'email' ? undefined : actor.viewer.personKey));
  });

  on(router, API.projects.addPermit, async (req, res, { params, body }) => {
    const { project, actor } = await ownProject(req, params.id);
    const lang = requestLang(req);
    const t = texts(lang);
    const deployment = await responsibleDeployment(ctx, body.deploymentId, project.municipalityCode);
    if (!deployment) {
      const other = await getDeployment(ctx, body.deploymentId);
      const service = other ? await serviceOfVersion(ctx, other.packId, other.packVersion, other.serviceId) : null;
      const place = await repo.municipalityNames(project.municipalityCode);
      throw unprocessable(`Deployment ${body.deploymentId} does not serve ${project.municipalityCode}`, [
        {
          path: 'deploymentId',
          message: t('service_not_offered', {
            service: service ? localize(service.name, lang) : String(body.deploymentId),
            municipality: place ? localize({ fi: place.nameFi, sv: place.nameSv }, lang) : project.municipalityCode,
          }),
        },
      ]);
    }
    const at = ctx.now().toISOString();
    const added = await repo.addPermit(project.id, { deploymentId: deployment.id, serviceId: deployment.serviceId, idempotencyKey: randomUUID() }, deployment.packId, at);
    if (!added.ok) throw conflict('The project has this service already', [{ path: 'deploymentId', message: t('service_in_project') }]);
    const record = await repo.permit(project.id, added.permitId);
    const state = record ? await permitState(ctx, record, actor.fill) : null;
    if (!state) throw notFound('The e-service of this permit is not available');
    res.status(201).json(await permitView(ctx, repo, project, state, lang));
  });

  on(router, API.projects.permit, async (req, res, { params }) => {
    const { project, state } = await ownPermit(req, params.id, params.permitId);
    res.json(await permitDraft(ctx, repo, project, state, requestLang(req)));
  });

  on(router, API.projects.saveDraft, async (req, res, { params, body }) => {
    const { project, state } = await ownPermit(req, params.id, params.permitId);
    const lang = requestLang(req);
    const t = texts(lang);
    if (state.sub) throw conflict('The permit has been sent; only a supplement can change it', [{ path: 'data', message: t('permit_sent') }]);
    // A mapped field holds the project's value: it is changed in the project, never in one permit.
    const shared = projectData(project);
    const def = await projectDataOf(ctx, project);
    const differing = formMappings(state.service.form).filter((m) => {
      const own = valueAt(body.data, m.path);
      return own !== undefined && JSON.stringify(own) !== JSON.stringify(valueAt(shared, m.projectField));
    });
    if (differing.length) {
      throw unprocessable(
        'Some answers come from the project; change them in the project data',
        differing.map((m) => ({ path: `data.${m.path}`, message: t('mapped_field', { field: projectFieldLabel(def, m.projectField, lang) }) })),
      );
    }
    const saved = await repo.saveDraft(state.permit.id, body.version, JSON.stringify(body.data), ctx.now().toISOString());
    if (!saved.ok) {
      if (saved.reason === 'gone') throw notFound('No such permit in this project');
      if (saved.reason === 'sent') throw conflict('The permit has been sent; only a supplement can change it', [{ path: 'data', message: t('permit_sent') }]);
      throw conflict('The draft was changed meanwhile', [{ path: 'version', message: t('draft_changed') }]);
    }
    const now = { ...state, permit: { ...state.permit, draftJson: JSON.stringify(body.data as FormData), version: saved.version } };
    res.json({ version: saved.version, missing: missingAnswers(now, project, lang) });
  });

  on(router, API.projects.removePermit, async (req, res, { params }) => {
    const { state } = await ownPermit(req, params.id, params.permitId);
    const removed = await repo.removeDraft(state.permit.id);
    if (removed === 'gone') throw notFound('No such permit in this project');
    if (removed === 'sent') throw conflict('The permit has been sent; it stays in the project', [{ path: 'permitId', message: texts(requestLang(req))('permit_sent') }]);
    res.status(204).end();
  });

  on(router, API.projects.sendPermit, { before: [countedSend] }, async (req, res, { params, body }) => {
    const { project, state, actor } = await ownPermit(req, params.id, params.permitId);
    const lang = body.lang ?? requestLang(req);
    const result = await sendPermit(ctx, project, state, actor.sender, lang);
    res.status(result.created ? 201 : 200).json(result.receipt);
  });

  on(router, API.projects.sendAll, { before: [countedSend] }, async (req, res, { params, body }) => {
    const { project, actor } = await ownProject(req, params.id);
    const lang = body.lang ?? requestLang(req);
    res.json(await sendAllPermits(ctx, project, await permitStates(ctx, repo, project.id, actor.fill), actor.sender, lang));
  });

  return router;
}
