/** Where the integration API reads an authority's cases: by arrival (id), after a cursor. */
export interface IntegrationCaseRow {
  id: number;
  reference: string;
  packSlug: string;
  packVersion: number;
  serviceId: string;
  municipalityCode: string;
  status: string;
  submittedAt: string;
  updatedAt: string;
}

export interface IntegrationCaseRepository {
  /** The authority's cases (not removed as spam) with ids above `afterId`, oldest first, at most `limit`. */
  casesAfter(authorityId: string, afterId: number, limit: number): IntegrationCaseRow[];
  /** The slug of a pack. */
  packSlug(packId: number): string | undefined;
}
