/** The signed-in staff member as GET /api/auth/me returns it, and what each role may do here. */
import { createContext, useContext } from 'react';
import type { StaffMe } from '../../api-contract';
import { mayAct, type StaffRole } from '../../permissions/permissions';
import { localize } from '../../form-library/format/localize';
import { useLang } from '../../ui/i18n/texts';

export type { StaffMe as StaffMember, StaffRole };

/** Handlers work in the desk; everyone else has something to do in the builder. */
export function mayUseBuilder(role: StaffRole): boolean {
  return mayAct(role, 'builder.use');
}

/** Designers edit their own authority's packs, coordinators every pack (the server enforces it). */
export function mayDesign(role: StaffRole): boolean {
  return mayAct(role, 'packs.design');
}

/** Authority admins manage their authority's API keys for its case-management system. */
export function mayManageApiKeys(role: StaffRole): boolean {
  return mayAct(role, 'integration.manage');
}

/** Authority admins manage their authority's webhook endpoints and watch their deliveries. */
export function mayManageWebhooks(role: StaffRole): boolean {
  return mayAct(role, 'webhooks.manage');
}

export interface StaffSession {
  me: StaffMe;
  signOut: () => Promise<void>;
}

export const StaffSessionContext = createContext<StaffSession | null>(null);

export function useStaffSession(): StaffSession {
  const session = useContext(StaffSessionContext);
  if (!session) throw new Error('useStaffSession outside StaffSessionGate');
  return session;
}

/**
 * The name of the signed-in person's own authority, when their role may do this page's work there;
 * null otherwise (another role, or the coordinator, who has no authority of their own).
 */
export function useOwnAuthorityName(may: (role: StaffRole) => boolean): string | null {
  const { me } = useStaffSession();
  const lang = useLang();
  if (!may(me.role) || !me.authority) return null;
  return typeof me.authority.name === 'string' ? me.authority.name : localize(me.authority.name, lang);
}
