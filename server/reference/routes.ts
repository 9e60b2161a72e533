/** Public reference data: municipalities, authorities with their areas, topics. */
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { namesOf } from './names';

export function referenceRoutes(ctx: AppContext): Router {
  const router = Router();
  // Reference data changes only with a new release, so browsers may keep it for a while.
  const cacheable = 'public, max-age=300';

  on(router, API.reference.municipalities, async (_req, res) => {
    const rows = await ctx.repos.reference.municipalities();
    res.set('Cache-Control', cacheable).json(rows.map((m) => ({ code: m.code, fi: m.nameFi, sv: m.nameSv, languages: m.languages })));
  });

  on(router, API.reference.authorities, async (_req, res) => {
    const areas = await ctx.repos.reference.areas();
    const rows = await ctx.repos.reference.authorities();
    res.set('Cache-Control', cacheable).json(
      rows.map((a) => ({ id: a.id, kind: a.kind, name: namesOf(a), municipalities: areas.get(a.id) ?? [] })),
    );
  });

  on(router, API.reference.topics, async (_req, res) => {
    const rows = await ctx.repos.reference.topics();
    res.set('Cache-Control', cacheable).json(rows.map((t) => ({ id: t.id, name: namesOf(t) })));
  });

  return router;
}
