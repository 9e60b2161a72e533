/** Form packs in PostgreSQL. */
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import { unitOfWork, type PgDatabase } from '../db/postgres/unit-of-work';
import type { PackRepository, PackRow, PackVersionRow } from './pack-repository';
import { createContentCache, PACK_COLUMNS, VERSION_COLUMNS } from './pack-row';

/**
 * Locks the pack's row until the unit of work ends, so that two publications (or a publication and
 * a review request) of one pack take their turns as SQLite's one writer has them: the second sees
 * the version the first added. False when there is no such pack.
 */
async function lockPack(client: PgQueryable, packId: number): Promise<boolean> {
  return ((await client.query('SELECT 1 FROM packs WHERE id = $1 FOR UPDATE', [packId])).rowCount ?? 0) > 0;
}

async function latestOf(db: PgQueryable, packId: number): Promise<PackVersionRow | undefined> {
  return (await db.query<PackVersionRow>(`SELECT ${VERSION_COLUMNS} FROM pack_versions WHERE pack_id = $1 ORDER BY version DESC LIMIT 1`, [packId])).rows[0];
}

async function versionOf(db: PgQueryable, packId: number, version: number, lock = false): Promise<PackVersionRow | undefined> {
  return (await db.query<PackVersionRow>(`SELECT ${VERSION_COLUMNS} FROM pack_versions WHERE pack_id = $1 AND version = $2${lock ? ' FOR UPDATE' : ''}`, [packId, version])).rows[0];
}

const CLEAR_REVIEW = 'UPDATE packs SET review_requested_at = NULL, review_requested_by = NULL, review_message = NULL WHERE id = $1';

export function createPgPackRepository(db: PgDatabase): Promised<PackRepository> {
  const unit = unitOfWork(db);
  const contents = createContentCache();
  const onePack = async (where: string, value: string | number) => (await db.query<PackRow>(`SELECT ${PACK_COLUMNS} FROM packs WHERE ${where} = $1`, [value])).rows[0];
  return {
    byId: (id) => onePack('id', id),
    bySlug: (slug) => onePack('slug', slug),
    // COLLATE "C": slugs in SQLite's (binary) order, whatever the database's locale.
    all: async () => (await db.query<PackRow>(`SELECT ${PACK_COLUMNS} FROM packs ORDER BY slug COLLATE "C"`)).rows,
    async versionsOf(packIds) {
      if (packIds.length === 0) return [];
      return (await db.query<PackVersionRow>(`SELECT ${VERSION_COLUMNS} FROM pack_versions WHERE pack_id = ANY($1::bigint[]) ORDER BY version, pack_id`, [[...packIds]])).rows;
    },
    versions: async (packId) => (await db.query<PackVersionRow>(`SELECT ${VERSION_COLUMNS} FROM pack_versions WHERE pack_id = $1 ORDER BY version`, [packId])).rows,
    version: (packId, v) => versionOf(db, packId, v),
    latest: (packId) => latestOf(db, packId),
    async publishedContent(packId, v) {
      const hit = contents.get(packId, v);
      if (hit) return hit;
      const row = (await db.query<{ contentJson: string }>('SELECT content_json AS "contentJson" FROM pack_versions WHERE pack_id = $1 AND version = $2', [packId, v])).rows[0];
      return contents.keep(packId, v, row?.contentJson);
    },
    heldLibraryVersion: async (packId) => (await db.query<{ v: number | null }>('SELECT max(library_version) AS v FROM pack_versions WHERE pack_id = $1', [packId])).rows[0]?.v ?? null,
    create: (pack, record) =>
      unit(async (client) => {
        // Asked first so that a refusal draws no id from the sequence; ON CONFLICT covers a pack created meanwhile.
        if ((await client.query('SELECT 1 FROM packs WHERE slug = $1', [pack.slug])).rowCount) return null;
        const inserted = await client.query<{ id: number }>(
          'INSERT INTO packs (slug, owner_authority_id, draft_json, draft_updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING RETURNING id',
          [pack.slug, pack.ownerAuthorityId, pack.draftJson, pack.draftUpdatedAt],
        );
        const id = inserted.rows[0]?.id;
        if (id === undefined) return null;
        await createPgAuditRepository(client).write({ ...record, targetId: id });
        return id;
      }),
    saveDraft: (packId, draftJson, at, base, record) =>
      unit(async (client) => {
        const current = (await client.query<{ draftUpdatedAt: string }>('SELECT draft_updated_at AS "draftUpdatedAt" FROM packs WHERE id = $1 FOR UPDATE', [packId])).rows[0];
        if (!current) return { saved: false, currentUpdatedAt: null };
        if (base !== undefined && base !== current.draftUpdatedAt) return { saved: false, currentUpdatedAt: current.draftUpdatedAt };
        await client.query('UPDATE packs SET draft_json = $1, draft_updated_at = $2 WHERE id = $3', [draftJson, at, packId]);
        if (record) await createPgAuditRepository(client).write(record);
        return { saved: true };
      }),
    publish: (packId, v, opts, record) =>
      unit(async (client) => {
        await lockPack(client, packId);
        const last = await latestOf(client, packId);
        opts.check?.(last);
        const next = (last?.version ?? 0) + 1;
        await client.query(
          'INSERT INTO pack_versions (pack_id, version, content_json, changelog, published_at, published_by, library_version) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [packId, next, v.contentJson, v.changelog, v.publishedAt, v.publishedBy, v.libraryVersion],
        );
        // The designer's request is answered by the publication.
        if (opts.answerReview) await client.query(CLEAR_REVIEW, [packId]);
        await createPgAuditRepository(client).write(record(next));
        return next;
      }),
    retire: (packId, v, at, record) =>
      unit(async (client) => {
        const row = await versionOf(client, packId, v, true);
        if (!row) return 'missing';
        if (row.retiredAt) return 'already';
        await client.query('UPDATE pack_versions SET retired_at = $1 WHERE pack_id = $2 AND version = $3', [at, packId, v]);
        await createPgAuditRepository(client).write(record);
        return 'retired';
      }),
    requestReview: (packId, request, check, record) =>
      unit(async (client) => {
        await lockPack(client, packId);
        check(await latestOf(client, packId));
        await client.query('UPDATE packs SET review_requested_at = $1, review_requested_by = $2, review_message = $3 WHERE id = $4', [
          request.requestedAt, request.requestedBy, request.message, packId,
        ]);
        await createPgAuditRepository(client).write(record);
      }),
    withdrawReview: (packId, record) =>
      unit(async (client) => {
        const requestedAt = (await client.query<{ requestedAt: string | null }>('SELECT review_requested_at AS "requestedAt" FROM packs WHERE id = $1 FOR UPDATE', [packId])).rows[0]?.requestedAt ?? null;
        if (requestedAt === null) return null;
        await client.query(CLEAR_REVIEW, [packId]);
        await createPgAuditRepository(client).write(record(requestedAt));
        return requestedAt;
      }),
  };
}
