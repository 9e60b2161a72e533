/**
 * Where permit-needs assessments read what they build on (published pack versions, topics, the
 * responsible deployment, the authority to contact) and keep their results.
 */
import type { NameColumns } from '../reference/names';

/** A published version of a pack. */
export interface PackVersionRef {
  packId: number;
  slug: string;
  version: number;
  retired: boolean;
}

/** The one active deployment responsible for a service in a municipality, with its authority. */
export interface ResponsibleRow extends NameColumns {
  deploymentId: number;
  packVersion: number;
  respondWithinDays: number | null;
  authorityId: string;
}

export type ContactAuthorityRow = NameColumns & { id: string };

export interface ResultRow {
  id: string;
  packId: number;
  packVersion: number;
  assessmentId: string;
  municipalityCode: string;
  answersJson: string;
  lang: string;
  /** lower-cased; null when answered without signing in */
  customerEmail: string | null;
  createdAt: string;
}

export interface AssessmentRepository {
  /** Every version of the pack `slug`, newest first. */
  versionsOfSlug(slug: string): PackVersionRef[];
  /** The newest not retired version of every pack, by slug. */
  newestVersions(): PackVersionRef[];
  topicExists(id: string): boolean;
  packIdOfSlug(slug: string): number | undefined;
  /** The version numbers of a pack, newest first (retired ones too). */
  versionNumbers(packId: number): number[];
  responsible(packId: number, serviceId: string, municipality: string): ResponsibleRow | undefined;
  authorityById(id: string): ContactAuthorityRow | undefined;
  /** The authority of `kind` whose area holds the municipality (the first by id). */
  authorityOfArea(municipality: string, kind: string): ContactAuthorityRow | undefined;
  /** The national authority that deploys the service (an active deployment before withdrawn ones). */
  nationalDeploying(packId: number, serviceId: string): ContactAuthorityRow | undefined;
  /** Up to two national authorities, by id. */
  nationalAuthorities(): ContactAuthorityRow[];
  saveResult(row: ResultRow): ResultRow;
  resultById(id: string): ResultRow | undefined;
  /** A customer's results, newest first. */
  resultsOf(email: string, limit: number): ResultRow[];
}
