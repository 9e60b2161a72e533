/** What both databases' staff single sign-on repositories read and decide alike. */
import type { Admission, AdmittedPerson } from './staff-sso-repository';

export const MAPPING_COLUMNS = 'authority_id AS "authorityId", group_value AS "group", role';

export const LOGIN_COLUMNS = 'id, authority_id AS "authorityId", state, nonce, code_verifier AS "codeVerifier", return_to AS "returnTo", lang, expires_at AS "expiresAt"';

/** The account linked to an issuer and subject ($1, $2 / ?, ?), with what admitting and suspending it depend on. */
export const LINKED_USER_FROM = `SELECT l.user_id AS "userId", l.suspended_at AS "suspendedAt", u.authority_id AS "authorityId", u.active
  FROM staff_sso_accounts l JOIN users u ON u.id = l.user_id`;

export interface LinkedUser {
  userId: number;
  suspendedAt: string | null;
  authorityId: string | null;
  /** 0/1 in SQLite, a boolean in PostgreSQL. */
  active: number | boolean;
}

const isActive = (linked: LinkedUser) => linked.active === 1 || linked.active === true;

/** Why a linked account may not sign in now, or null when it may. */
export function linkedRefusal(linked: LinkedUser, person: AdmittedPerson): Extract<Admission, { admitted: false }> | null {
  if (linked.authorityId !== person.authorityId) return { admitted: false, reason: 'other_authority' };
  // An admin's deactivation holds; one made because the groups stopped mapping is lifted.
  if (!isActive(linked) && linked.suspendedAt === null) return { admitted: false, reason: 'deactivated' };
  return null;
}

/** Whether the linked account is one of `authorityId` that a loss of its groups' role suspends now. */
export function suspendable(linked: LinkedUser | undefined, authorityId: string): linked is LinkedUser {
  return linked !== undefined && isActive(linked) && linked.authorityId === authorityId;
}
