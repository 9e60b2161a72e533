/** Where form packs are kept: each pack's draft and its numbered, immutable published versions. */
import type { FormPackContent } from '../../form-library/format/types';
import type { AuditRecord } from '../audit/audit-repository';

export interface PackRow {
  id: number;
  slug: string;
  /** The authority whose designers may edit the draft; null = coordinators' library pack. */
  ownerAuthorityId: string | null;
  draftJson: string;
  draftUpdatedAt: string;
  reviewRequestedAt: string | null;
  reviewRequestedBy: number | null;
  reviewMessage: string | null;
  createdAt: string;
}

export interface PackVersionRow {
  packId: number;
  version: number;
  contentJson: string;
  changelog: string;
  publishedAt: string;
  publishedBy: number | null;
  retiredAt: string | null;
  libraryVersion: number | null;
}

export interface NewPackVersion {
  contentJson: string;
  changelog: string;
  publishedAt: string;
  publishedBy: number | null;
  libraryVersion: number | null;
}

export interface ReviewRequestWrite {
  requestedAt: string;
  requestedBy: number | null;
  message: string | null;
}

export interface PackRepository {
  byId(id: number): PackRow | undefined;
  bySlug(slug: string): PackRow | undefined;
  /** Every pack, by slug. */
  all(): PackRow[];
  /** The versions of these packs, oldest first. */
  versionsOf(packIds: readonly number[]): PackVersionRow[];
  versions(packId: number): PackVersionRow[];
  version(packId: number, version: number): PackVersionRow | undefined;
  latest(packId: number): PackVersionRow | undefined;
  /**
   * A published version's content, parsed. Published versions are immutable, so an implementation
   * may keep what it parsed for the life of the process (the offering and the form routes never
   * parse JSON per request); null when there is no such version.
   */
  publishedContent(packId: number, version: number): FormPackContent | null;
  /** The newest ready-library version published into the pack, or null. */
  heldLibraryVersion(packId: number): number | null;
  /** Adds a pack with its draft and its audit row (`targetId` is the new id); null when the slug is taken. */
  create(pack: { slug: string; ownerAuthorityId: string | null; draftJson: string; draftUpdatedAt: string }, audit: Omit<AuditRecord, 'targetId'>): number | null;
  /**
   * Saves the draft unless it changed since `baseUpdatedAt` (when given): 'saved', 'missing' or
   * the draft's current time when someone else saved it meanwhile.
   */
  saveDraft(packId: number, draftJson: string, at: string, baseUpdatedAt: string | undefined, audit: AuditRecord | null): { saved: true } | { saved: false; currentUpdatedAt: string | null };
  /**
   * Publishes the pack's next version. `check` sees the latest version inside the unit of work and
   * may refuse by throwing; `answerReview` clears the open review request. `audit` gets the version.
   */
  publish(
    packId: number,
    version: NewPackVersion,
    opts: { check?: (latest: PackVersionRow | undefined) => void; answerReview: boolean },
    audit: (version: number) => AuditRecord,
  ): number;
  /** Retires a version: 'retired', 'already' (retired before) or 'missing'. */
  retire(packId: number, version: number, at: string, audit: AuditRecord): 'retired' | 'already' | 'missing';
  /** Opens a review request; `check` sees the latest version inside the unit of work and may refuse by throwing. */
  requestReview(packId: number, request: ReviewRequestWrite, check: (latest: PackVersionRow | undefined) => void, audit: AuditRecord): void;
  /** Withdraws the open review request; the time it was asked, or null when there is none (nothing is written then). */
  withdrawReview(packId: number, audit: (requestedAt: string) => AuditRecord): string | null;
}
