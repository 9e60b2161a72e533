/** Form packs in SQLite. */
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { Sqlite } from '../db/connection';
import type { PackRepository, PackRow, PackVersionRow } from './pack-repository';
import { createContentCache, PACK_COLUMNS as PACK, VERSION_COLUMNS as VERSION } from './pack-row';

export function createSqlitePackRepository(sqlite: Sqlite): PackRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const byId = sqlite.prepare<[number], PackRow>(`SELECT ${PACK} FROM packs WHERE id = ?`);
  const bySlug = sqlite.prepare<[string], PackRow>(`SELECT ${PACK} FROM packs WHERE slug = ?`);
  const all = sqlite.prepare<[], PackRow>(`SELECT ${PACK} FROM packs ORDER BY slug`);
  const allVersions = sqlite.prepare<[], PackVersionRow>(`SELECT ${VERSION} FROM pack_versions ORDER BY version`);
  const versions = sqlite.prepare<[number], PackVersionRow>(`SELECT ${VERSION} FROM pack_versions WHERE pack_id = ? ORDER BY version`);
  const version = sqlite.prepare<[number, number], PackVersionRow>(`SELECT ${VERSION} FROM pack_versions WHERE pack_id = ? AND version = ?`);
  const latest = sqlite.prepare<[number], PackVersionRow>(`SELECT ${VERSION} FROM pack_versions WHERE pack_id = ? ORDER BY version DESC LIMIT 1`);
  const contentOf = sqlite.prepare<[number, number], { contentJson: string }>('SELECT content_json AS contentJson FROM pack_versions WHERE pack_id = ? AND version = ?');
  const contents = createContentCache();
  const held = sqlite.prepare<[number], { v: number | null }>('SELECT max(library_version) AS v FROM pack_versions WHERE pack_id = ?');
  const insertPack = sqlite.prepare<[string, string | null, string, string]>(
    'INSERT INTO packs (slug, owner_authority_id, draft_json, draft_updated_at) VALUES (?, ?, ?, ?)',
  );
  const draftTime = sqlite.prepare<[number], { draftUpdatedAt: string }>('SELECT draft_updated_at AS draftUpdatedAt FROM packs WHERE id = ?');
  const updateDraft = sqlite.prepare<[string, string, number]>('UPDATE packs SET draft_json = ?, draft_updated_at = ? WHERE id = ?');
  const insertVersion = sqlite.prepare<[number, number, string, string, string, number | null, number | null]>(
    `INSERT INTO pack_versions (pack_id, version, content_json, changelog, published_at, published_by, library_version) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const setReview = sqlite.prepare<[string | null, number | null, string | null, number]>(
    'UPDATE packs SET review_requested_at = ?, review_requested_by = ?, review_message = ? WHERE id = ?',
  );
  const reviewOf = sqlite.prepare<[number], { reviewRequestedAt: string | null }>('SELECT review_requested_at AS reviewRequestedAt FROM packs WHERE id = ?');
  const retire = sqlite.prepare<[string, number, number]>('UPDATE pack_versions SET retired_at = ? WHERE pack_id = ? AND version = ?');

  const create = sqlite.transaction((pack: Parameters<PackRepository['create']>[0], record: Parameters<PackRepository['create']>[1]): number | null => {
    if (bySlug.get(pack.slug)) return null;
    const id = Number(insertPack.run(pack.slug, pack.ownerAuthorityId, pack.draftJson, pack.draftUpdatedAt).lastInsertRowid);
    audit.write({ ...record, targetId: id });
    return id;
  });
  const saveDraft = sqlite.transaction((...[packId, draftJson, at, base, record]: Parameters<PackRepository['saveDraft']>): Awaited<ReturnType<PackRepository['saveDraft']>> => {
    const current = draftTime.get(packId);
    if (!current) return { saved: false, currentUpdatedAt: null };
    if (base !== undefined && base !== current.draftUpdatedAt) return { saved: false, currentUpdatedAt: current.draftUpdatedAt };
    updateDraft.run(draftJson, at, packId);
    if (record) audit.write(record);
    return { saved: true };
  });
  const publish = sqlite.transaction((...[packId, v, opts, record]: Parameters<PackRepository['publish']>): number => {
    const last = latest.get(packId);
    opts.check?.(last);
    const next = (last?.version ?? 0) + 1;
    insertVersion.run(packId, next, v.contentJson, v.changelog, v.publishedAt, v.publishedBy, v.libraryVersion);
    // The designer's request is answered by the publication.
    if (opts.answerReview) setReview.run(null, null, null, packId);
    audit.write(record(next));
    return next;
  });
  const retireVersion = sqlite.transaction((...[packId, v, at, record]: Parameters<PackRepository['retire']>): Awaited<ReturnType<PackRepository['retire']>> => {
    const row = version.get(packId, v);
    if (!row) return 'missing';
    if (row.retiredAt) return 'already';
    retire.run(at, packId, v);
    audit.write(record);
    return 'retired';
  });
  const requestReview = sqlite.transaction((...[packId, request, check, record]: Parameters<PackRepository['requestReview']>): void => {
    check(latest.get(packId));
    setReview.run(request.requestedAt, request.requestedBy, request.message, packId);
    audit.write(record);
  });
  const withdrawReview = sqlite.transaction((...[packId, record]: Parameters<PackRepository['withdrawReview']>): string | null => {
    const requestedAt = reviewOf.get(packId)?.reviewRequestedAt ?? null;
    if (requestedAt === null) return null;
    setReview.run(null, null, null, packId);
    audit.write(record(requestedAt));
    return requestedAt;
  });

  return {
    byId: async (id) => byId.get(id),
    bySlug: async (slug) => bySlug.get(slug),
    all: async () => all.all(),
    async versionsOf(packIds) {
      if (packIds.length === 0) return [];
      const wanted = new Set(packIds);
      return allVersions.all().filter((v) => wanted.has(v.packId));
    },
    versions: async (packId) => versions.all(packId),
    version: async (packId, v) => version.get(packId, v),
    latest: async (packId) => latest.get(packId),
    publishedContent: async (packId, v) => contents.get(packId, v) ?? contents.keep(packId, v, contentOf.get(packId, v)?.contentJson),
    heldLibraryVersion: async (packId) => held.get(packId)?.v ?? null,
    create: async (pack, record) => create(pack, record),
    saveDraft: async (...args) => saveDraft(...args),
    publish: async (...args) => publish(...args),
    retire: async (...args) => retireVersion(...args),
    requestReview: async (...args) => requestReview(...args),
    withdrawReview: async (...args) => withdrawReview(...args),
  };
}
