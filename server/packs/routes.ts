/** /api/packs: drafts, publication and versions (see server/API.md "Packs"). */
import { asc, inArray } from 'drizzle-orm';
import { Router, type Request } from 'express';
import type { FormPackContent } from '../../form-library/format/types';
import { staffActor } from '../audit/log';
import { requireStaff, staffOf } from '../auth/guards';
import type { AppContext } from '../context';
import { authorities, packs, packVersions } from '../db/schema';
import { forbidden, notFound } from '../http/errors';
import { idParam } from '../http/params';
import { parseBody, v } from '../http/validate';
import { namesOf } from '../reference/names';
import { requestLang } from '../cases/request-lang';
import { canEditPack, canSeeDraft, canSeePack } from './access';
import { createPack, draftProblems, getPack, getVersion, listVersions, publishPack, retireVersion, saveDraft, type PackRow } from './packs';

const CreateBody = v.object({ content: v.record() });
const DraftBody = v.object({ content: v.record(), baseUpdatedAt: v.optional(v.string({ max: 40 })) });
const PublishBody = v.object({ changelog: v.string({ min: 1, max: 4000 }) });

/** The language of field messages and problems: `?lang=` (the builder's language), else English for API clients. */
function fieldLang(req: Request) {
  return requestLang(req, 'en');
}

function versionSummary(row: typeof packVersions.$inferSelect) {
  return { version: row.version, publishedAt: row.publishedAt, retired: row.retiredAt !== null };
}

export function packRoutes(ctx: AppContext): Router {
  const router = Router();
  const staff = requireStaff('designer', 'coordinator', 'admin');

  /** The pack of `:id` if this staff member may see it (404 otherwise, so ids do not leak). */
  function visiblePack(req: Request): PackRow {
    const pack = getPack(ctx, idParam(req.params.id, 'No such pack'));
    if (!pack) throw notFound('No such pack');
    const published = listVersions(ctx, pack.id).length > 0;
    if (!canSeePack(staffOf(req), pack, published)) throw notFound('No such pack');
    return pack;
  }

  function editablePack(req: Request): PackRow {
    const pack = visiblePack(req);
    if (!canEditPack(staffOf(req), pack)) throw forbidden('Only the owning authority’s designers and coordinators may edit this pack');
    return pack;
  }

  router.get('/packs', staff, (req, res) => {
    const me = staffOf(req);
    const rows = ctx.db.select().from(packs).orderBy(asc(packs.slug)).all();
    const versions = rows.length
      ? ctx.db.select().from(packVersions).where(inArray(packVersions.packId, rows.map((r) => r.id))).orderBy(asc(packVersions.version)).all()
      : [];
    const owners = new Map(ctx.db.select().from(authorities).all().map((a) => [a.id, a]));
    const out = rows
      .map((pack) => ({ pack, versions: versions.filter((v2) => v2.packId === pack.id) }))
      .filter(({ pack, versions: vs }) => canSeePack(me, pack, vs.length > 0))
      .map(({ pack, versions: vs }) => {
        // Someone who may not read the draft is told about the latest published version only
        // (canSeePack let through only packs that have one).
        const draft = canSeeDraft(me, pack);
        const content = JSON.parse(draft ? pack.draftJson : vs[vs.length - 1].contentJson) as FormPackContent;
        const owner = pack.ownerAuthorityId ? owners.get(pack.ownerAuthorityId) : undefined;
        return {
          id: pack.id,
          slug: pack.slug,
          name: content.name,
          ownerAuthority: owner ? { id: owner.id, name: namesOf(owner) } : null,
          draftUpdatedAt: draft ? pack.draftUpdatedAt : null,
          editable: canEditPack(me, pack),
          services: content.services.map((s) => ({ id: s.id, name: s.name, authorityKind: s.authorityKind })),
          versions: vs.map(versionSummary),
        };
      });
    res.json(out);
  });

  router.post('/packs', requireStaff('designer', 'coordinator'), (req, res) => {
    const me = staffOf(req);
    const body = parseBody(CreateBody, req.body);
    const owner = me.role === 'coordinator' ? null : me.authorityId;
    const id = createPack(ctx, body.content, owner, staffActor(req), fieldLang(req));
    res.status(201).json({ id });
  });

  router.get('/packs/:id/draft', staff, (req, res) => {
    const pack = visiblePack(req);
    if (!canSeeDraft(staffOf(req), pack))
      throw forbidden('The draft is the owning authority’s and the coordinators’; read the published versions (GET /api/packs/:id/versions)');
    res.json({ content: JSON.parse(pack.draftJson) as unknown, updatedAt: pack.draftUpdatedAt, problems: draftProblems(ctx, pack, fieldLang(req)) });
  });

  router.put('/packs/:id/draft', staff, (req, res) => {
    const pack = editablePack(req);
    const body = parseBody(DraftBody, req.body);
    const lang = fieldLang(req);
    const updatedAt = saveDraft(ctx, pack, body.content, body.baseUpdatedAt, staffActor(req), lang);
    const saved = getPack(ctx, pack.id);
    res.json({ updatedAt, problems: saved ? draftProblems(ctx, saved, lang) : [] });
  });

  router.post('/packs/:id/publish', staff, (req, res) => {
    const pack = visiblePack(req);
    if (staffOf(req).role !== 'coordinator') throw forbidden('Only project coordinators publish packs');
    const body = parseBody(PublishBody, req.body);
    const version = publishPack(ctx, pack, body.changelog, staffActor(req), fieldLang(req));
    res.status(201).json({ version });
  });

  router.get('/packs/:id/versions', staff, (req, res) => {
    const pack = visiblePack(req);
    res.json(listVersions(ctx, pack.id).map((r) => ({ ...versionSummary(r), changelog: r.changelog })));
  });

  router.get('/packs/:id/versions/:version', staff, (req, res) => {
    const pack = visiblePack(req);
    const row = getVersion(ctx, pack.id, idParam(req.params.version, 'No such version'));
    if (!row) throw notFound('No such version');
    res.json({ version: row.version, content: JSON.parse(row.contentJson) as unknown, changelog: row.changelog, publishedAt: row.publishedAt, retired: row.retiredAt !== null });
  });

  router.post('/packs/:id/versions/:version/retire', staff, (req, res) => {
    const pack = visiblePack(req);
    if (staffOf(req).role !== 'coordinator') throw forbidden('Only project coordinators retire versions');
    const version = idParam(req.params.version, 'No such version');
    retireVersion(ctx, pack, version, staffActor(req));
    res.json({ version, retired: true });
  });

  return router;
}
