/**
 * Staff single sign-on's one rule of access: the role a person gets in an authority from the groups
 * their authority's identity provider says they belong to, by the mappings that authority's admin
 * set. Only the signing-in authority's own mappings count, so a group that another authority maps
 * never gives access anywhere else. Several mapped groups give the widest role (admin, then
 * designer, then handler); no mapped group gives no access at all.
 */
import { MANAGED_ROLES, type ManagedRole } from './permissions';

export interface GroupRoleMapping {
  authorityId: string;
  /** A value of the provider's group claim, compared exactly (Entra ID sends group object ids). */
  group: string;
  role: ManagedRole;
}

/** Widest first: an admin also works the desk, a designer and a handler each do one thing. */
const PRECEDENCE: readonly ManagedRole[] = ['admin', 'designer', 'handler'];

export function isManagedRole(value: unknown): value is ManagedRole {
  return typeof value === 'string' && (MANAGED_ROLES as readonly string[]).includes(value);
}

/** The role `groups` give in `authorityId`, or null: refused. */
export function roleFromGroups(authorityId: string, groups: readonly string[], mappings: readonly GroupRoleMapping[]): ManagedRole | null {
  const held = new Set(groups);
  const roles = new Set(mappings.filter((m) => m.authorityId === authorityId && held.has(m.group)).map((m) => m.role));
  return PRECEDENCE.find((role) => roles.has(role)) ?? null;
}

/**
 * The group claim's values as a list: a JSON array of strings (Entra ID, Keycloak) or one string
 * (some providers send a single group so). Anything else is no groups.
 */
export function groupsOfClaim(value: unknown): string[] | null {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return null;
  return value.filter((g): g is string => typeof g === 'string' && g.trim() !== '').map((g) => g.trim());
}
