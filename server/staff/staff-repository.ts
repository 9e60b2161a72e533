/** Where staff accounts are kept (users), with the sessions a change of account ends. */
import type { StaffRole } from '../../permissions/permissions';
import type { AuditRecord } from '../audit/audit-repository';
import type { AuthorityRow } from '../reference/reference-repository';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  /** scrypt, 'scrypt$N$r$p$salt$hash' */
  passwordHash: string;
  role: StaffRole;
  /** null for coordinators */
  authorityId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

export interface NewUser {
  email: string;
  name: string;
  role: StaffRole;
  authorityId: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
}

export interface StaffRepository {
  byId(id: number): Promise<UserRow | undefined>;
  /** By the address as stored (normalized when written). */
  byEmail(email: string): Promise<UserRow | undefined>;
  /** A person with their authority (null for coordinators). */
  withAuthority(id: number): Promise<{ user: UserRow; authority: AuthorityRow | null } | undefined>;
  /** An authority's people by name. */
  ofAuthority(authorityId: string): Promise<UserRow[]>;
  /** A person of this authority, or undefined (also for another authority's). */
  ofAuthorityById(authorityId: string, id: number): Promise<UserRow | undefined>;
  /** Display names of these people (missing ids are left out). */
  names(ids: readonly number[]): Promise<Map<number, string>>;
  /** Adds an account with its audit row (`targetId` is the new id); null when the address is taken already. */
  create(user: NewUser, audit: Omit<AuditRecord, 'targetId'>): Promise<UserRow | null>;
  /**
   * Stores a new password hash and the must-change mark, and ends the person's sessions except
   * `keepSessionId` (their own, when they change it themselves), with the audit row.
   */
  setPassword(userId: number, change: { passwordHash: string; mustChangePassword: boolean; keepSessionId: string | null }, audit: AuditRecord): Promise<void>;
  /** Activates or deactivates an account (deactivating ends its sessions), with the audit row when given. */
  setActive(userId: number, active: boolean, audit: AuditRecord | null): Promise<void>;
}
