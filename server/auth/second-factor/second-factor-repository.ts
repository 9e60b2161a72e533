/** Where the staff's second factor is kept: authenticators (the secret sealed), used time steps, recovery codes (hashed). */
import type { AuditRecord } from '../../audit/audit-repository';

export interface TotpRecord {
  secretSealed: string;
  /** null while the enrolment waits for its first code. */
  confirmedAt: string | null;
}

/** What an accepted code (or recovery code) allows, written in the same unit of work. */
export interface SecondFactorChange {
  /** Confirms the pending authenticator at this moment. */
  confirmAt?: string;
  /** Replaces the person's recovery codes with these hashes. */
  recoveryCodeHashes?: readonly string[];
  /** Notes that this session passed the second factor at `at`. */
  passSession?: { id: string; at: string };
  /** Removes the authenticator, its steps and recovery codes. */
  remove?: boolean;
  audit: AuditRecord;
}

export interface SecondFactorRepository {
  totp(userId: number): Promise<TotpRecord | undefined>;
  /** Keeps a new, unconfirmed secret (replacing an earlier unconfirmed one). */
  keepPendingSecret(userId: number, secretSealed: string): Promise<void>;
  usedSteps(userId: number): Promise<Set<number>>;
  /**
   * One unit of work: records the step of an accepted code (sweeping steps before `oldestLive`)
   * and writes `change`; false, writing nothing, when the step was recorded meanwhile (replay).
   */
  acceptStep(userId: number, step: number, oldestLive: number, change: SecondFactorChange): Promise<boolean>;
  /** One unit of work: marks an unused recovery code used and writes `change`; false, writing nothing, when there is none. */
  spendRecoveryCode(userId: number, codeHash: string, at: string, change: SecondFactorChange): Promise<boolean>;
  unusedRecoveryCodes(userId: number): Promise<number>;
  /**
   * One unit of work: removes the person's authenticator (confirmed or pending), its used steps and
   * recovery codes, and ends their sessions, with the audit row; false, writing nothing, when they had none.
   */
  resetAll(userId: number, audit: AuditRecord): Promise<boolean>;
  /** The people with a confirmed authenticator, of one authority or (null) of all, by name. */
  enrolledPeople(authorityId: string | null): Promise<EnrolledPerson[]>;
}

export interface EnrolledPerson {
  id: number;
  email: string;
  name: string;
  role: string;
  authorityId: string | null;
  authorityNameFi: string | null;
  authorityNameSv: string | null;
  authorityNameEn: string | null;
}
