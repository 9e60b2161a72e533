/**
 * Where routing reads the deployments: which deployment serves a service in a municipality, what
 * a municipality is offered, and which deployments a new one would overlap.
 */
import type { CoverageRow, DeploymentRow } from '../deployments/deployment-repository';

export type { CoverageRow } from '../deployments/deployment-repository';

export interface OfferingRow {
  deploymentId: number;
  packId: number;
  packVersion: number;
  serviceId: string;
  packSlug: string;
  authorityId: string;
  authorityKind: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

/** What a send needs of the deployment it goes to. */
export interface ResponsibleDeployment {
  id: number;
  authorityId: string;
  packId: number;
  packVersion: number;
  serviceId: string;
  respondWithinDays: number | null;
}


export interface RoutingRepository {
  /** The active deployments covering a municipality, with their packs and authorities. */
  offering(municipality: string): Promise<OfferingRow[]>;
  /** The deployment if it is active and covers the municipality. */
  responsibleDeployment(deploymentId: number, municipality: string): Promise<ResponsibleDeployment | undefined>;
  /** The active deployment responsible for a service in a municipality. */
  responsibleForService(packId: number, serviceId: string, municipality: string): Promise<DeploymentRow | undefined>;
  /** The municipalities among `codes` that active deployments of the service cover (but `excludeDeploymentId`). */
  coverage(packId: number, serviceId: string, codes: readonly string[], excludeDeploymentId: number | null): Promise<CoverageRow[]>;
  /** An authority's area in code order (national authorities have none here: they serve all). */
  authorityArea(authorityId: string): Promise<string[]>;
  /**
   * The pack's id when an active deployment pins this version of the pack (by slug) with this
   * service: its form is public then, so its submission contract may be served.
   */
  deployedPackVersion(slug: string, version: number, serviceId: string): Promise<number | undefined>;
}
