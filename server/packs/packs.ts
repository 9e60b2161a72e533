/**
 * Form packs: one editable draft and numbered, immutable published versions. Every change that
 * reaches customers (publish, retire) is written to the audit log in the same transaction.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import { packChanged } from '../../form-library/diff';
import { validatePackContent } from '../../form-library/format/pack-schema';
import type { FormPackContent, Lang } from '../../form-library/format/types';
import { writeAudit, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { packs, packVersions } from '../db/schema';
import { conflict, HttpError, notFound, unprocessable } from '../http/errors';
import { packMessage } from './pack-messages';
import { contentProblems, publishProblems } from './publish-gate';
import { assessmentCatalog } from '../assessments/catalog';

export type PackRow = typeof packs.$inferSelect;
export type PackVersionRow = typeof packVersions.$inferSelect;

/** `lang`: of the field messages (the staff member's language; English for API clients). */
export function checkContent(content: unknown, lang: Lang): FormPackContent {
  const r = validatePackContent(content, lang);
  if (!r.ok) throw unprocessable('The pack content does not follow the form-pack format', r.errors.map((e) => ({ path: `content.${e.path}`.replace(/\.$/, ''), message: e.message })));
  return r.content;
}

export function getPack(ctx: AppContext, id: number): PackRow | null {
  return ctx.db.select().from(packs).where(eq(packs.id, id)).get() ?? null;
}

export function createPack(ctx: AppContext, content: unknown, ownerAuthorityId: string | null, actor: AuditActor, lang: Lang = 'en'): number {
  const pack = checkContent(content, lang);
  const now = ctx.now().toISOString();
  return ctx.db.transaction((tx) => {
    if (tx.select({ id: packs.id }).from(packs).where(eq(packs.slug, pack.slug)).get())
      throw new HttpError(409, 'conflict', `A pack with slug "${pack.slug}" exists already`, [{ path: 'content.slug', message: packMessage('slugTaken', lang) }]);
    const row = tx.insert(packs).values({ slug: pack.slug, ownerAuthorityId, draftJson: JSON.stringify(pack), draftUpdatedAt: now }).returning({ id: packs.id }).get();
    writeAudit(ctx, { actor, action: 'pack.create', targetType: 'pack', targetId: row.id, details: { slug: pack.slug, ownerAuthorityId } });
    return row.id;
  });
}

/** Strictly later than the draft's last save, so `baseUpdatedAt` always tells two saves apart. */
export function nextDraftTime(ctx: AppContext, pack: PackRow): string {
  const now = ctx.now().toISOString();
  return now > pack.draftUpdatedAt ? now : new Date(Date.parse(pack.draftUpdatedAt) + 1).toISOString();
}

export function saveDraft(ctx: AppContext, pack: PackRow, content: unknown, baseUpdatedAt: string | undefined, actor: AuditActor, lang: Lang = 'en'): string {
  const checked = checkContent(content, lang);
  if (checked.slug !== pack.slug) throw unprocessable('The slug of a pack cannot change', [{ path: 'content.slug', message: packMessage('slugMustStay', lang, { slug: pack.slug }) }]);
  const now = nextDraftTime(ctx, pack);
  return ctx.db.transaction((tx) => {
    const current = tx.select({ draftUpdatedAt: packs.draftUpdatedAt }).from(packs).where(eq(packs.id, pack.id)).get();
    if (!current) throw notFound('No such pack');
    if (baseUpdatedAt !== undefined && baseUpdatedAt !== current.draftUpdatedAt)
      throw conflict('The draft was changed by someone else since you opened it; reload it', [{ path: 'baseUpdatedAt', message: packMessage('draftIsNow', lang, { at: current.draftUpdatedAt }) }], { updatedAt: current.draftUpdatedAt });
    tx.update(packs).set({ draftJson: JSON.stringify(checked), draftUpdatedAt: now }).where(eq(packs.id, pack.id)).run();
    writeAudit(ctx, { actor, action: 'pack.draft.save', targetType: 'pack', targetId: pack.id });
    return now;
  });
}

/** Every problem of the draft, warnings too: what the designer sees; publishing refuses the errors. */
export function draftProblems(ctx: AppContext, pack: PackRow, lang: Lang = 'en') {
  return contentProblems(JSON.parse(pack.draftJson), assessmentCatalog(ctx), lang);
}

export function publishPack(ctx: AppContext, pack: PackRow, changelog: string, actor: AuditActor, lang: Lang = 'en'): number {
  return publishVersion(ctx, pack, pack.draftJson, { changelog, fromDraft: true }, actor, lang);
}

export interface VersionNotes {
  changelog: string;
  /** Set when the version comes from the ready library (form-library/library). */
  libraryVersion?: number;
  /** Audit details beyond slug, version and changelog (e.g. the number of changes). */
  details?: Record<string, unknown>;
  /**
   * A coordinator publishing the pack's draft: refused (409) when it changes nothing in the latest
   * version, and it answers a designer's open review request.
   */
  fromDraft?: boolean;
}

/** Publishes `contentJson` as the pack's next version, if the publishing gate lets it through. */
export function publishVersion(ctx: AppContext, pack: PackRow, contentJson: string, notes: VersionNotes, actor: AuditActor, lang: Lang = 'en'): number {
  const content: unknown = JSON.parse(contentJson);
  const problems = publishProblems(content, assessmentCatalog(ctx), lang);
  if (problems.length > 0) throw unprocessable('The draft cannot be published until these problems are fixed', problems);
  const draft = checkContent(content, lang);
  const now = ctx.now().toISOString();
  const { changelog, libraryVersion = null } = notes;
  return ctx.db.transaction((tx) => {
    const last = notes.fromDraft ? assertChanged(tx, pack.id, draft, lang) : newestRow(tx, pack.id);
    const version = (last?.version ?? 0) + 1;
    tx.insert(packVersions)
      .values({ packId: pack.id, version, contentJson, changelog, publishedAt: now, publishedBy: actor.kind === 'staff' ? actor.userId : null, libraryVersion })
      .run();
    let review = {};
    if (notes.fromDraft && pack.reviewRequestedAt) {
      // The designer's request is answered by the publication.
      tx.update(packs).set({ reviewRequestedAt: null, reviewRequestedBy: null, reviewMessage: null }).where(eq(packs.id, pack.id)).run();
      review = { reviewRequestedBy: pack.reviewRequestedBy, reviewRequestedAt: pack.reviewRequestedAt };
    }
    const details = { slug: pack.slug, version, changelog, ...(libraryVersion !== null ? { libraryVersion } : {}), ...notes.details, ...review };
    writeAudit(ctx, { actor, action: 'pack.publish', targetType: 'pack', targetId: pack.id, details });
    return version;
  });
}

function newestRow(db: Pick<AppContext['db'], 'select'>, packId: number): PackVersionRow | undefined {
  return db.select().from(packVersions).where(eq(packVersions.packId, packId)).orderBy(desc(packVersions.version)).get();
}

/**
 * The latest version, after making sure `draft` changes something in it: a draft identical to the
 * latest version is neither published (409 `unchanged`) nor sent for review.
 */
export function assertChanged(db: Pick<AppContext['db'], 'select'>, packId: number, draft: FormPackContent, lang: Lang): PackVersionRow | undefined {
  const last = newestRow(db, packId);
  if (last && !packChanged(JSON.parse(last.contentJson) as FormPackContent, draft)) {
    const words = { version: String(last.version) };
    throw new HttpError(409, 'unchanged', packMessage('draftUnchanged', 'en', words), [{ path: 'draft', message: packMessage('draftUnchanged', lang, words) }], { latestVersion: last.version });
  }
  return last;
}

/** Whether the draft differs from the latest version ('unpublished' before the first one), for the pack lists. */
export function draftStatus(pack: PackRow, latest: PackVersionRow | undefined): 'unpublished' | 'changed' | 'unchanged' {
  if (!latest) return 'unpublished';
  return packChanged(JSON.parse(latest.contentJson) as FormPackContent, JSON.parse(pack.draftJson) as FormPackContent) ? 'changed' : 'unchanged';
}

export function listVersions(ctx: AppContext, packId: number): PackVersionRow[] {
  return ctx.db.select().from(packVersions).where(eq(packVersions.packId, packId)).orderBy(asc(packVersions.version)).all();
}

export function getVersion(ctx: AppContext, packId: number, version: number): PackVersionRow | null {
  return ctx.db.select().from(packVersions).where(and(eq(packVersions.packId, packId), eq(packVersions.version, version))).get() ?? null;
}

export function latestVersion(ctx: AppContext, packId: number): PackVersionRow | null {
  return newestRow(ctx.db, packId) ?? null;
}

/** A retired version takes no new deployments; deployments already on it keep working. */
export function retireVersion(ctx: AppContext, pack: PackRow, version: number, actor: AuditActor): void {
  ctx.db.transaction((tx) => {
    const row = tx.select().from(packVersions).where(and(eq(packVersions.packId, pack.id), eq(packVersions.version, version))).get();
    if (!row) throw notFound(`Pack ${pack.id} has no version ${version}`);
    if (row.retiredAt) return;
    tx.update(packVersions).set({ retiredAt: ctx.now().toISOString() }).where(and(eq(packVersions.packId, pack.id), eq(packVersions.version, version))).run();
    writeAudit(ctx, { actor, action: 'pack.retire', targetType: 'pack', targetId: pack.id, details: { slug: pack.slug, version } });
  });
}
