/** /api/packs: drafts, publication and versions (see server/API.md "Packs"). */
import { Router, type Request } from 'express';
import { API } from '../../api-contract/routes';
import type { FormPackContent } from '../../form-library/format/types';
import { mayEditPack, mayPublishPack, maySeeDraft, maySeePack, ownerOfNewPack } from '../../permissions/permissions';
import { staffActor } from '../audit/log';
import { staffOf } from '../auth/guards';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { forbidden, notFound } from '../http/errors';
import { namesOf } from '../reference/names';
import { requestLang } from '../cases/request-lang';
import { createPack, draftProblems, draftStatus, getPack, getVersion, listVersions, publishPack, retireVersion, saveDraft, type PackRow, type PackVersionRow } from './packs';
import { requestReview, reviewRequestNamed, reviewRequestOf, withdrawReviewRequest } from './review-requests';

/** The language of field messages and problems: `?lang=` (the builder's language), else English for API clients. */
function fieldLang(req: Request) {
  return requestLang(req, 'en');
}

function versionSummary(row: PackVersionRow) {
  return { version: row.version, publishedAt: row.publishedAt, retired: row.retiredAt !== null };
}

export function packRoutes(ctx: AppContext): Router {
  const router = Router();

  /** The pack `id` if this staff member may see it (404 otherwise, so ids do not leak). */
  async function visiblePack(req: Request, id: number): Promise<PackRow> {
    const pack = await getPack(ctx, id);
    if (!pack) throw notFound('No such pack');
    const published = (await listVersions(ctx, pack.id)).length > 0;
    if (!maySeePack(staffOf(req), pack, published)) throw notFound('No such pack');
    return pack;
  }

  async function editablePack(req: Request, id: number): Promise<PackRow> {
    const pack = await visiblePack(req, id);
    if (!mayEditPack(staffOf(req), pack)) throw forbidden('Only the owning authority’s designers and coordinators may edit this pack');
    return pack;
  }

  on(router, API.packs.list, async (req, res) => {
    const me = staffOf(req);
    const rows = await ctx.repos.packs.all();
    const versions = await ctx.repos.packs.versionsOf(rows.map((r) => r.id));
    const owners = new Map((await ctx.repos.reference.authorities()).map((a) => [a.id, a]));
    const requesters = await ctx.repos.staff.names(rows.flatMap((r) => (r.reviewRequestedBy === null ? [] : [r.reviewRequestedBy])));
    const out = rows
      .map((pack) => ({ pack, versions: versions.filter((v2) => v2.packId === pack.id) }))
      .filter(({ pack, versions: vs }) => maySeePack(me, pack, vs.length > 0))
      .map(({ pack, versions: vs }) => {
        // Someone who may not read the draft is told about the latest published version only
        // (maySeePack let through only packs that have one).
        const draft = maySeeDraft(me, pack);
        const content = JSON.parse(draft ? pack.draftJson : vs[vs.length - 1].contentJson) as FormPackContent;
        const owner = pack.ownerAuthorityId ? owners.get(pack.ownerAuthorityId) : undefined;
        return {
          id: pack.id,
          slug: pack.slug,
          name: content.name,
          ownerAuthority: owner ? { id: owner.id, name: namesOf(owner) } : null,
          draftUpdatedAt: draft ? pack.draftUpdatedAt : null,
          editable: mayEditPack(me, pack),
          services: content.services.map((s) => ({ id: s.id, name: s.name, authorityKind: s.authorityKind })),
          versions: vs.map(versionSummary),
          // Whether the draft differs from the latest version is the draft's business too.
          draftStatus: draft ? draftStatus(pack, vs.at(-1)) : null,
          // Who asked for a review is the editors' business (the owning designers and coordinators).
          review: mayEditPack(me, pack) ? reviewRequestNamed(pack, requesters) : null,
        };
      });
    res.json(out);
  });

  on(router, API.packs.create, async (req, res, { body }) => {
    const id = await createPack(ctx, body.content, ownerOfNewPack(staffOf(req)), staffActor(req), fieldLang(req));
    res.status(201).json({ id });
  });

  on(router, API.packs.draft, async (req, res, { params }) => {
    const pack = await visiblePack(req, params.id);
    if (!maySeeDraft(staffOf(req), pack))
      throw forbidden('The draft is the owning authority’s and the coordinators’; read the published versions (GET /api/packs/:id/versions)');
    const review = mayEditPack(staffOf(req), pack) ? await reviewRequestOf(ctx, pack) : null;
    res.json({ content: JSON.parse(pack.draftJson) as FormPackContent, updatedAt: pack.draftUpdatedAt, problems: await draftProblems(ctx, pack, fieldLang(req)), review });
  });

  on(router, API.packs.requestReview, async (req, res, { params, body }) => {
    const pack = await editablePack(req, params.id);
    if (staffOf(req).role !== 'designer') throw forbidden('Only designers ask for a review; coordinators publish drafts themselves');
    const requestedAt = await requestReview(ctx, pack, body.message, staffActor(req), fieldLang(req));
    res.status(201).json({ requestedAt });
  });

  on(router, API.packs.withdrawReview, async (req, res, { params }) => {
    const pack = await editablePack(req, params.id);
    if (staffOf(req).role !== 'designer') throw forbidden('Only designers withdraw their review requests');
    await withdrawReviewRequest(ctx, pack, staffActor(req));
    res.status(204).end();
  });

  on(router, API.packs.saveDraft, async (req, res, { params, body }) => {
    const pack = await editablePack(req, params.id);
    const lang = fieldLang(req);
    const updatedAt = await saveDraft(ctx, pack, body.content, body.baseUpdatedAt, staffActor(req), lang);
    const saved = await getPack(ctx, pack.id);
    res.json({ updatedAt, problems: saved ? await draftProblems(ctx, saved, lang) : [] });
  });

  on(router, API.packs.publish, async (req, res, { params, body }) => {
    const pack = await visiblePack(req, params.id);
    if (!mayPublishPack(staffOf(req))) throw forbidden('Only project coordinators publish packs');
    const version = await publishPack(ctx, pack, body.changelog, staffActor(req), fieldLang(req));
    res.status(201).json({ version });
  });

  on(router, API.packs.versions, async (req, res, { params }) => {
    const pack = await visiblePack(req, params.id);
    res.json((await listVersions(ctx, pack.id)).map((r) => ({ ...versionSummary(r), changelog: r.changelog })));
  });

  on(router, API.packs.version, async (req, res, { params }) => {
    const pack = await visiblePack(req, params.id);
    const row = await getVersion(ctx, pack.id, params.version);
    if (!row) throw notFound('No such version');
    res.json({ version: row.version, content: JSON.parse(row.contentJson) as FormPackContent, changelog: row.changelog, publishedAt: row.publishedAt, retired: row.retiredAt !== null });
  });

  on(router, API.packs.retire, async (req, res, { params }) => {
    const pack = await visiblePack(req, params.id);
    if (!mayPublishPack(staffOf(req))) throw forbidden('Only project coordinators retire versions');
    await retireVersion(ctx, pack, params.version, staffActor(req));
    res.json({ version: params.version, retired: true });
  });

  return router;
}
