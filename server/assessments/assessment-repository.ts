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
  versionsOfSlug(slug: string): Promise<PackVersionRef[]>;
  /** The newest not retired version of every pack, by slug. */
  newestVersions(): Promise<PackVersionRef[]>;
  topicExists(id: string): Promise<boolean>;
  packIdOfSlug(slug: string): Promise<number | undefined>;
  /** The version numbers of a pack, newest first (retired ones too). */
  versionNumbers(packId: number): Promise<number[]>;
  responsible(packId: number, serviceId: string, municipality: string): Promise<ResponsibleRow | undefined>;
  authorityById(id: string): Promise<ContactAuthorityRow | undefined>;
  /** The authority of `kind` whose area holds the municipality (the first by id). */
  authorityOfArea(municipality: string, kind: string): Promise<ContactAuthorityRow | undefined>;
  /** The national authority that deploys the service (an active deployment before withdrawn ones). */
  nationalDeploying(packId: number, serviceId: string): Promise<ContactAuthorityRow | undefined>;
  /** Up to two national authorities, by id. */
  nationalAuthorities(): Promise<ContactAuthorityRow[]>;
  saveResult(row: ResultRow): Promise<ResultRow>;
  resultById(id: string): Promise<ResultRow | undefined>;
  /** A customer's results, newest first. */
  resultsOf(email: string, limit: number): Promise<ResultRow[]>;
}
