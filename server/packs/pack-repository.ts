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
  byId(id: number): Promise<PackRow | undefined>;
  bySlug(slug: string): Promise<PackRow | undefined>;
  /** Every pack, by slug. */
  all(): Promise<PackRow[]>;
  /** The versions of these packs, oldest first. */
  versionsOf(packIds: readonly number[]): Promise<PackVersionRow[]>;
  versions(packId: number): Promise<PackVersionRow[]>;
  version(packId: number, version: number): Promise<PackVersionRow | undefined>;
  latest(packId: number): Promise<PackVersionRow | undefined>;
  /**
   * A published version's content, parsed. Published versions are immutable, so an implementation
   * may keep what it parsed for the life of the process (the offering and the form routes never
   * parse JSON per request); null when there is no such version.
   */
  publishedContent(packId: number, version: number): Promise<FormPackContent | null>;
  /** The newest ready-library version published into the pack, or null. */
  heldLibraryVersion(packId: number): Promise<number | null>;
  /** Adds a pack with its draft and its audit row (`targetId` is the new id); null when the slug is taken. */
  create(pack: { slug: string; ownerAuthorityId: string | null; draftJson: string; draftUpdatedAt: string }, audit: Omit<AuditRecord, 'targetId'>): Promise<number | null>;
  /**
   * Saves the draft unless it changed since `baseUpdatedAt` (when given): 'saved', 'missing' or
   * the draft's current time when someone else saved it meanwhile.
   */
  saveDraft(packId: number, draftJson: string, at: string, baseUpdatedAt: string | undefined, audit: AuditRecord | null): Promise<{ saved: true } | { saved: false; currentUpdatedAt: string | null }>;
  /**
   * Publishes the pack's next version. `check` sees the latest version inside the unit of work and
   * may refuse by throwing; `answerReview` clears the open review request. `audit` gets the version.
   */
  publish(
    packId: number,
    version: NewPackVersion,
    opts: { check?: (latest: PackVersionRow | undefined) => void; answerReview: boolean },
    audit: (version: number) => AuditRecord,
  ): Promise<number>;
  /** Retires a version: 'retired', 'already' (retired before) or 'missing'. */
  retire(packId: number, version: number, at: string, audit: AuditRecord): Promise<'retired' | 'already' | 'missing'>;
  /** Opens a review request; `check` sees the latest version inside the unit of work and may refuse by throwing. */
  requestReview(packId: number, request: ReviewRequestWrite, check: (latest: PackVersionRow | undefined) => void, audit: AuditRecord): Promise<void>;
  /** Withdraws the open review request; the time it was asked, or null when there is none (nothing is written then). */
  withdrawReview(packId: number, audit: (requestedAt: string) => AuditRecord): Promise<string | null>;
}
