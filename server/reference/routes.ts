/** Public reference data: municipalities, authorities with their areas, topics. */
import { asc } from 'drizzle-orm';
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { authorities, authorityMunicipalities, municipalities, topics } from '../db/schema';
import { namesOf } from './names';

export function referenceRoutes(ctx: AppContext): Router {
  const router = Router();
  // Reference data changes only with a new release, so browsers may keep it for a while.
  const cacheable = 'public, max-age=300';

  on(router, API.reference.municipalities, (_req, res) => {
    const rows = ctx.db.select().from(municipalities).orderBy(asc(municipalities.code)).all();
    res.set('Cache-Control', cacheable).json(rows.map((m) => ({ code: m.code, fi: m.nameFi, sv: m.nameSv, languages: m.languages })));
  });

  on(router, API.reference.authorities, (_req, res) => {
    const areas = new Map<string, string[]>();
    for (const r of ctx.db.select().from(authorityMunicipalities).orderBy(asc(authorityMunicipalities.municipalityCode)).all()) {
      const list = areas.get(r.authorityId) ?? [];
      list.push(r.municipalityCode);
      areas.set(r.authorityId, list);
    }
    const rows = ctx.db.select().from(authorities).orderBy(asc(authorities.id)).all();
    res.set('Cache-Control', cacheable).json(
      rows.map((a) => ({ id: a.id, kind: a.kind, name: namesOf(a), municipalities: areas.get(a.id) ?? [] })),
    );
  });

  on(router, API.reference.topics, (_req, res) => {
    const rows = ctx.db.select().from(topics).orderBy(asc(topics.id)).all();
    res.set('Cache-Control', cacheable).json(rows.map((t) => ({ id: t.id, name: namesOf(t) })));
  });

  return router;
}
