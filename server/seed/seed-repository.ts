/** What seeding writes that no area's repository does: the reference data, and the demo staff into an empty database. */
import type { StaffRole } from '../../permissions/permissions';

export interface ReferenceData {
  municipalities: Array<{ code: string; nameFi: string; nameSv: string; languages: string; regionCode: string }>;
  authorities: Array<{ id: string; kind: string; fi: string; sv: string; en: string; municipalities: string[] }>;
  topics: Array<{ id: string; fi: string; sv: string; en: string }>;
}

export interface NewDemoStaff {
  email: string;
  name: string;
  role: StaffRole;
  authorityId: string | null;
  passwordHash: string;
}

export interface SeedRepository {
  /**
   * Writes the reference data in one transaction: names are updated in place (a corrected name
   * reaches an old database); codes, kinds and areas are only inserted.
   */
  writeReference(data: ReferenceData): Promise<void>;
  /**
   * Adds `staff` (with a confirmed authenticator, sealed, for those `enrolled` picks) when the
   * database has no staff at all; answers whether it did. One transaction, so two instances
   * starting at once on an empty database add them once.
   */
  addStaffToEmpty(staff: readonly NewDemoStaff[], authenticator: { enrolled(role: StaffRole): boolean; secretSealed: string; confirmedAt: string }): Promise<boolean>;
  /** Whether any pack exists (a database the demo has not yet been written into has none). */
  hasPacks(): Promise<boolean>;
  /**
   * Runs `work` (a whole seeding) while no other instance seeds the same database: instances started
   * at once on an empty database would otherwise each find it empty and publish the library twice.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
}
