/**
 * Who may see and edit which pack. Designers edit their own authority's packs; coordinators edit
 * all (and own the library packs, ownerAuthorityId null); admins read published packs to deploy them.
 * The draft (unpublished work) is the owning authority's and the coordinators' alone: another
 * authority's admin sees only what was published.
 */
import type { StaffPrincipal } from '../auth/principals';

export interface PackOwnership {
  ownerAuthorityId: string | null;
}

export function canEditPack(staff: StaffPrincipal, pack: PackOwnership): boolean {
  if (staff.role === 'coordinator') return true;
  return staff.role === 'designer' && staff.authorityId !== null && pack.ownerAuthorityId === staff.authorityId;
}

export function canSeePack(staff: StaffPrincipal, pack: PackOwnership, hasPublishedVersion: boolean): boolean {
  if (canEditPack(staff, pack)) return true;
  if (staff.role === 'admin') return hasPublishedVersion || (staff.authorityId !== null && pack.ownerAuthorityId === staff.authorityId);
  return false;
}

/** Whether the pack's draft, and what the list says of it (its name and services, when it was saved), may be read. */
export function canSeeDraft(staff: StaffPrincipal, pack: PackOwnership): boolean {
  if (canEditPack(staff, pack)) return true;
  return staff.role === 'admin' && staff.authorityId !== null && pack.ownerAuthorityId === staff.authorityId;
}
