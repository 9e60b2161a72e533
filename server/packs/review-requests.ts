/**
 * A designer's request that a coordinator review the draft and publish it: one open request per
 * pack, refused while the publishing gate would refuse the draft or when the draft is identical to
 * the latest version, answered by the publication, withdrawable by the designer. Each request and
 * withdrawal is written to the audit log in the same transaction.
 */
import type { Lang } from '../../form-library/format/types';
import { auditRecord, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
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

export async function requestReview(ctx: AppContext, pack: PackRow, message: string | undefined, actor: AuditActor, lang: Lang): Promise<string> {
  const content: unknown = JSON.parse(pack.draftJson);
  const problems = await publishProblems(content, (checked) => assessmentCatalog(ctx, checked), lang);
  if (problems.length > 0) throw unprocessable('The draft cannot be sent for review until these problems are fixed', problems);
  const draft = checkContent(content, lang);
  const now = ctx.now().toISOString();
  await ctx.repos.packs.requestReview(
    pack.id,
    { requestedAt: now, requestedBy: actor.kind === 'staff' ? actor.userId : null, message: message || null },
    (latest) => assertChanged(latest, draft, lang),
    auditRecord(ctx, { actor, action: 'pack.review.request', targetType: 'pack', targetId: pack.id, details: { slug: pack.slug, message: message || null } }),
  );
  return now;
}

export async function withdrawReviewRequest(ctx: AppContext, pack: PackRow, actor: AuditActor): Promise<void> {
  const withdrawn = await ctx.repos.packs.withdrawReview(pack.id, (requestedAt) =>
    auditRecord(ctx, { actor, action: 'pack.review.withdraw', targetType: 'pack', targetId: pack.id, details: { slug: pack.slug, requestedAt } }),
  );
  if (withdrawn === null) throw notFound('The draft has no open review request');
}

/** The open request of a pack as the API shows it, with the requester's name; null when there is none. */
export async function reviewRequestOf(ctx: AppContext, pack: PackRow): Promise<ReviewRequest | null> {
  if (!pack.reviewRequestedAt) return null;
  const id = pack.reviewRequestedBy;
  return reviewRequestNamed(pack, id === null ? new Map() : await ctx.repos.staff.names([id]));
}

/** The open request of a pack with the requester's name from `names` (read beforehand); null when there is none. */
export function reviewRequestNamed(pack: PackRow, names: ReadonlyMap<number, string>): ReviewRequest | null {
  if (!pack.reviewRequestedAt) return null;
  const id = pack.reviewRequestedBy;
  const name = id === null ? undefined : names.get(id);
  return {
    requestedAt: pack.reviewRequestedAt,
    requestedBy: id !== null && name !== undefined ? { id, name } : null,
    message: pack.reviewMessage,
    changedSince: pack.draftUpdatedAt > pack.reviewRequestedAt,
  };
}
