/**
 * What an assessment's rules may name outside their own pack, as the database has it: a service
 * of another pack's published, not retired versions (newest first), and the topics. The publishing
 * gate checks rules against it; the result builds on the same lookup.
 */
import type { Statement } from 'better-sqlite3';
import type { AssessmentCatalog } from '../../form-library/assessment';
import type { ServiceDefinition, ServiceRef } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { packVersionContent } from '../routing/pack-content';

interface CatalogStatements {
  versions: Statement<[string], { packId: number; version: number }>;
  topic: Statement<[string], { id: string }>;
}

const statements = new WeakMap<AppContext['sqlite'], CatalogStatements>();

function prepared(ctx: AppContext): CatalogStatements {
  let s = statements.get(ctx.sqlite);
  if (!s) {
    s = {
      versions: ctx.sqlite.prepare(
        `SELECT v.pack_id AS packId, v.version FROM pack_versions v JOIN packs p ON p.id = v.pack_id
          WHERE p.slug = ? AND v.retired_at IS NULL ORDER BY v.version DESC`,
      ),
      topic: ctx.sqlite.prepare('SELECT id FROM topics WHERE id = ?'),
    };
    statements.set(ctx.sqlite, s);
  }
  return s;
}

/** The newest published, not retired version of `ref.pack` that holds the service, with its place. */
export function publishedService(ctx: AppContext, ref: ServiceRef): { packId: number; version: number; service: ServiceDefinition } | null {
  for (const { packId, version } of prepared(ctx).versions.all(ref.pack)) {
    const service = packVersionContent(ctx, packId, version)?.services.find((s) => s.id === ref.service);
    if (service) return { packId, version, service };
  }
  return null;
}

export function assessmentCatalog(ctx: AppContext): AssessmentCatalog {
  return {
    service: (ref) => publishedService(ctx, ref)?.service ?? null,
    topic: (id) => prepared(ctx).topic.get(id) !== undefined,
  };
}
