/**
 * Entra ID's group overage: a person in more groups than fit in a token gets, instead of the group
 * claim, a marker that the groups are elsewhere: `_claim_names` naming the group claim (with
 * `_claim_sources`, OpenID Connect's distributed claims), or `hasgroups: true` (in the implicit
 * flow). Kevyt then asks the provider's configured groups source rather than the address in the
 * token (Microsoft advises against calling that one; and a configured address is one we chose).
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the claims say the person's groups (under `groupClaim`) did not fit and are to be fetched. */
export function hasGroupOverage(claims: Record<string, unknown>, groupClaim: string): boolean {
  if (claims.hasgroups === true || claims.hasgroups === 'true') return true;
  const names = claims._claim_names;
  return isRecord(names) && typeof names[groupClaim] === 'string';
}
