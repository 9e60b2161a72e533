/**
 * What staff single sign-on keeps: the authority admins' group → role mappings, sign-ins under way
 * at a provider (state, nonce, PKCE verifier; used once), and staff accounts linked to a provider's
 * issuer and subject.
 */
import type { GroupRoleMapping } from '../../permissions/group-roles';
import type { ManagedRole } from '../../permissions/permissions';
import type { AuditRecord } from '../audit/audit-repository';

export interface StaffSsoLogin {
  id: string;
  authorityId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  lang: string;
  expiresAt: string;
}

/** Who the provider says signed in, with the role their groups give in the provider's authority. */
export interface AdmittedPerson {
  issuer: string;
  subject: string;
  authorityId: string;
  email: string;
  name: string;
  role: ManagedRole;
  at: string;
}

export type Admission =
  | { admitted: true; userId: number; created: boolean }
  /** email: the address belongs to an account not linked to this subject; other_authority: the linked account is another authority's; deactivated: an admin deactivated it. */
  | { admitted: false; reason: 'email' | 'other_authority' | 'deactivated' };

export interface StaffSsoRepository {
  mappings(authorityId: string): Promise<GroupRoleMapping[]>;
  /** Adds or changes the mapping of `group`, with its audit row. */
  setMapping(mapping: GroupRoleMapping, audit: AuditRecord): Promise<void>;
  /** Removes the mapping of `group`, with its audit row; false when there was none. */
  removeMapping(authorityId: string, group: string, audit: AuditRecord): Promise<boolean>;

  /** Keeps a new sign-in, after sweeping those expired before `sweepBefore` and the one it `replaces` (the browser's earlier one). */
  beginLogin(login: StaffSsoLogin, sweepBefore: string, replaces: string | null): Promise<void>;
  /** Takes a sign-in out, once. */
  takeLogin(id: string): Promise<StaffSsoLogin | undefined>;

  /**
   * One unit of work: the account linked to the issuer and subject is updated (name, role, active
   * again when only its groups had suspended it) or, without one, created and linked, with the
   * audit row (`targetId` filled in with the account's id).
   */
  admit(person: AdmittedPerson, audit: Omit<AuditRecord, 'targetId'>): Promise<Admission>;
  /**
   * One unit of work: the linked account of `authorityId` whose groups no longer give a role is
   * deactivated and its sessions ended, with the audit row; the account's id, or null when there is
   * no active linked account of that authority.
   */
  suspend(issuer: string, subject: string, authorityId: string, at: string, audit: Omit<AuditRecord, 'targetId'>): Promise<number | null>;
  /** Which of these accounts sign in through single sign-on. */
  linked(userIds: readonly number[]): Promise<Set<number>>;
}
