/** Where deployments are kept: an authority's service of a pack version, with the municipalities it covers. */
import type { AuditRecord } from '../audit/audit-repository';

export interface DeploymentRow {
  id: number;
  authorityId: string;
  packId: number;
  packVersion: number;
  serviceId: string;
  respondWithinDays: number | null;
  contactText: string | null;
  /** The authority's own privacy notice: an https address or a text (at most one); null = Kevyt's general notice. */
  privacyNoticeUrl: string | null;
  privacyNoticeText: string | null;
  /** 'oikaisuvaatimus' | 'valitus'; null = none set. */
  appealKind: string | null;
  /** LocalizedText JSON, copied into each decision. */
  appealTextJson: string | null;
  active: boolean;
  createdAt: string;
  withdrawnAt: string | null;
}

/** One municipality an active deployment of a service covers, with its authority. */
export interface CoverageRow {
  deploymentId: number;
  code: string;
  authorityId: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export type NewDeployment = Omit<DeploymentRow, 'id' | 'active' | 'createdAt' | 'withdrawnAt'>;

export type DeploymentSettings = Partial<Pick<DeploymentRow, 'respondWithinDays' | 'contactText' | 'appealKind' | 'appealTextJson'>>;

export interface DeploymentRepository {
  byId(id: number): Promise<DeploymentRow | undefined>;
  ofAuthority(authorityId: string): Promise<DeploymentRow[]>;
  /** The codes of the municipalities a deployment covers, sorted. */
  municipalityCodes(id: number): Promise<string[]>;
  /**
   * Adds a deployment covering `municipalities`, with its audit row (`targetId` is the new id).
   * `check` runs inside the unit of work first and may refuse by throwing (the overlap check): it
   * gets the municipalities among `municipalities` that active deployments of the same service cover.
   */
  create(deployment: NewDeployment, municipalities: readonly string[], check: (covered: CoverageRow[]) => void, audit: Omit<AuditRecord, 'targetId'>): Promise<number>;
  setVersion(id: number, version: number, audit: AuditRecord): Promise<void>;
  updateSettings(id: number, settings: DeploymentSettings, audit: AuditRecord): Promise<void>;
  /** No new submissions: the deployment and its municipalities turn inactive. */
  withdraw(id: number, at: string, audit: AuditRecord): Promise<void>;
}
