/**
 * Form packs: one editable draft and numbered, immutable published versions. Every change that
 * reaches customers (publish, retire) is written to the audit log in the same transaction.
 */
import { packChanged } from '../../form-library/diff';
import { validatePackContent } from '../../form-library/format/pack-schema';
import type { FormPackContent, Lang } from '../../form-library/format/types';
import { auditRecord, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { conflict, HttpError, notFound, unprocessable } from '../http/errors';
import { packMessage } from './pack-messages';
import { contentProblems, publishProblems } from './publish-gate';
import { assessmentCatalog } from '../assessments/catalog';
import type { PackRow, PackVersionRow } from './pack-repository';

export type { PackRow, PackVersionRow } from './pack-repository';

/** `lang`: of the field messages (the staff member's language; English for API clients). */
export function checkContent(content: unknown, lang: Lang): FormPackContent {
  const r = validatePackContent(content, lang);
  if (!r.ok) throw unprocessable('The pack content does not follow the form-pack format', r.errors.map((e) => ({ path: `content.${e.path}`.replace(/\.$/, ''), message: e.message })));
  return r.content;
}

export async function getPack(ctx: AppContext, id: number): Promise<PackRow | null> {
  return await ctx.repos.packs.byId(id) ?? null;
}

export async function createPack(ctx: AppContext, content: unknown, ownerAuthorityId: string | null, actor: AuditActor, lang: Lang = 'en'): Promise<number> {
  const pack = checkContent(content, lang);
  const now = ctx.now().toISOString();
  const id = await ctx.repos.packs.create(
    { slug: pack.slug, ownerAuthorityId, draftJson: JSON.stringify(pack), draftUpdatedAt: now },
    { at: now, actor, action: 'pack.create', targetType: 'pack', details: { slug: pack.slug, ownerAuthorityId } },
  );
  if (id === null)
    throw new HttpError(409, 'conflict', `A pack with slug "${pack.slug}" exists already`, [{ path: 'content.slug', message: packMessage('slugTaken', lang) }]);
  return id;
}

/** Strictly later than the draft's last save, so `baseUpdatedAt` always tells two saves apart. */
export function nextDraftTime(ctx: AppContext, pack: PackRow): string {
  const now = ctx.now().toISOString();
  return now > pack.draftUpdatedAt ? now : new Date(Date.parse(pack.draftUpdatedAt) + 1).toISOString();
}

export async function saveDraft(ctx: AppContext, pack: PackRow, content: unknown, baseUpdatedAt: string | undefined, actor: AuditActor, lang: Lang = 'en'): Promise<string> {
  const checked = checkContent(content, lang);
  if (checked.slug !== pack.slug) throw unprocessable('The slug of a pack cannot change', [{ path: 'content.slug', message: packMessage('slugMustStay', lang, { slug: pack.slug }) }]);
  const now = nextDraftTime(ctx, pack);
  const result = await ctx.repos.packs.saveDraft(pack.id, JSON.stringify(checked), now, baseUpdatedAt, auditRecord(ctx, { actor, action: 'pack.draft.save', targetType: 'pack', targetId: pack.id }));
  if (!result.saved) {
    const current = result.currentUpdatedAt;
    if (current === null) throw notFound('No such pack');
    throw conflict('The draft was changed by someone else since you opened it; reload it', [{ path: 'baseUpdatedAt', message: packMessage('draftIsNow', lang, { at: current }) }], { updatedAt: current });
  }
  return now;
}

/** Every problem of the draft, warnings too: what the designer sees; publishing refuses the errors. */
export async function draftProblems(ctx: AppContext, pack: PackRow, lang: Lang = 'en') {
  const content: unknown = JSON.parse(pack.draftJson);
  return contentProblems(content, (checked) => assessmentCatalog(ctx, checked), lang);
}

export async function publishPack(ctx: AppContext, pack: PackRow, changelog: string, actor: AuditActor, lang: Lang = 'en'): Promise<number> {
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
export async function publishVersion(ctx: AppContext, pack: PackRow, contentJson: string, notes: VersionNotes, actor: AuditActor, lang: Lang = 'en'): Promise<number> {
  const content: unknown = JSON.parse(contentJson);
  const problems = await publishProblems(content, (checked) => assessmentCatalog(ctx, checked), lang);
  if (problems.length > 0) throw unprocessable('The draft cannot be published until these problems are fixed', problems);
  const draft = checkContent(content, lang);
  const now = ctx.now().toISOString();
  const { changelog, libraryVersion = null } = notes;
  const answerReview = Boolean(notes.fromDraft && pack.reviewRequestedAt);
  // The designer's request is answered by the publication.
  const review = answerReview ? { reviewRequestedBy: pack.reviewRequestedBy, reviewRequestedAt: pack.reviewRequestedAt } : {};
  return ctx.repos.packs.publish(
    pack.id,
    { contentJson, changelog, publishedAt: now, publishedBy: actor.kind === 'staff' ? actor.userId : null, libraryVersion },
    { ...(notes.fromDraft ? { check: (latest: PackVersionRow | undefined) => assertChanged(latest, draft, lang) } : {}), answerReview },
    (version) => {
      const details = { slug: pack.slug, version, changelog, ...(libraryVersion !== null ? { libraryVersion } : {}), ...notes.details, ...review };
      return auditRecord(ctx, { actor, action: 'pack.publish', targetType: 'pack', targetId: pack.id, details });
    },
  );
}

/**
 * The latest version, after making sure `draft` changes something in it: a draft identical to the
 * latest version is neither published (409 `unchanged`) nor sent for review.
 */
export function assertChanged(last: PackVersionRow | undefined, draft: FormPackContent, lang: Lang): PackVersionRow | undefined {
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

export async function listVersions(ctx: AppContext, packId: number): Promise<PackVersionRow[]> {
  return ctx.repos.packs.versions(packId);
}

export async function getVersion(ctx: AppContext, packId: number, version: number): Promise<PackVersionRow | null> {
  return await ctx.repos.packs.version(packId, version) ?? null;
}

export async function latestVersion(ctx: AppContext, packId: number): Promise<PackVersionRow | null> {
  return await ctx.repos.packs.latest(packId) ?? null;
}

/** A retired version takes no new deployments; deployments already on it keep working. */
export async function retireVersion(ctx: AppContext, pack: PackRow, version: number, actor: AuditActor): Promise<void> {
  const retired = await ctx.repos.packs.retire(
    pack.id,
    version,
    ctx.now().toISOString(),
    auditRecord(ctx, { actor, action: 'pack.retire', targetType: 'pack', targetId: pack.id, details: { slug: pack.slug, version } }),
  );
  if (retired === 'missing') throw notFound(`Pack ${pack.id} has no version ${version}`);
}
