/**
 * A designer's request that a coordinator review the draft and publish it: one open request per
 * pack, refused while the publishing gate would refuse the draft or when the draft is identical to
 * the latest version, answered by the publication, withdrawable by the designer. Each request and
 * withdrawal is written to the audit log in the same transaction.
 */
import { eq } from 'drizzle-orm';
import type { Lang } from '../../form-library/format/types';
import { writeAudit, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { packs, users } from '../db/schema';
import { notFound, unprocessable } from '../http/errors';
import { assertChanged, checkContent, type PackRow } from './packs';
import { publishProblems } from './publish-gate';
import { assessmentCatalog } from '../assessments/catalog';

export interface ReviewRequest {
  requestedAt: string;
  requestedBy: { id: number; name: string } | null;
  message: string | null;
  /** The draft was saved again after the request. */
  changedSince: boolean;
}

export function requestReview(ctx: AppContext, pack: PackRow, message: string | undefined, actor: AuditActor, lang: Lang): string {
  const content: unknown = JSON.parse(pack.draftJson);
  const problems = publishProblems(content, assessmentCatalog(ctx), lang);
  if (problems.length > 0) throw unprocessable('The draft cannot be sent for review until these problems are fixed', problems);
  const draft = checkContent(content, lang);
  const now = ctx.now().toISOString();
  return ctx.db.transaction((tx) => {
    assertChanged(tx, pack.id, draft, lang);
    tx.update(packs)
      .set({ reviewRequestedAt: now, reviewRequestedBy: actor.kind === 'staff' ? actor.userId : null, reviewMessage: message || null })
      .where(eq(packs.id, pack.id))
      .run();
    writeAudit(ctx, { actor, action: 'pack.review.request', targetType: 'pack', targetId: pack.id, details: { slug: pack.slug, message: message || null } });
    return now;
  });
}

export function withdrawReviewRequest(ctx: AppContext, pack: PackRow, actor: AuditActor): void {
  ctx.db.transaction((tx) => {
    const current = tx.select({ reviewRequestedAt: packs.reviewRequestedAt }).from(packs).where(eq(packs.id, pack.id)).get();
    if (!current?.reviewRequestedAt) throw notFound('The draft has no open review request');
    tx.update(packs).set({ reviewRequestedAt: null, reviewRequestedBy: null, reviewMessage: null }).where(eq(packs.id, pack.id)).run();
    writeAudit(ctx, { actor, action: 'pack.review.withdraw', targetType: 'pack', targetId: pack.id, details: { slug: pack.slug, requestedAt: current.reviewRequestedAt } });
  });
}

/** The open request of a pack as the API shows it, with the requester's name; null when there is none. */
export function reviewRequestOf(ctx: AppContext, pack: PackRow, names?: ReadonlyMap<number, string>): ReviewRequest | null {
  if (!pack.reviewRequestedAt) return null;
  const id = pack.reviewRequestedBy;
  const name = id === null ? undefined : names ? names.get(id) : ctx.db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name;
  return {
    requestedAt: pack.reviewRequestedAt,
    requestedBy: id !== null && name !== undefined ? { id, name } : null,
    message: pack.reviewMessage,
    changedSince: pack.draftUpdatedAt > pack.reviewRequestedAt,
  };
}
