/** The signed-in staff member as GET /api/auth/me returns it, and what each role may do here. */
import { createContext, useContext } from 'react';
import type { LocalizedText } from '../../form-library/format/types';

export type StaffRole = 'handler' | 'admin' | 'designer' | 'coordinator';

export interface StaffMember {
  id: number | string;
  email: string;
  name: string;
  role: StaffRole;
  authority: { id: string; name: LocalizedText | string } | null;
  /** Signed in with a temporary password: the change-password screen comes before anything else. */
  mustChangePassword?: boolean;
}

/** Handlers work in the desk; everyone else has something to do in the builder. */
export function mayUseBuilder(role: StaffRole): boolean {
  return role !== 'handler';
}

/** Designers edit their own authority's packs, coordinators every pack (the server enforces it). */
export function mayDesign(role: StaffRole): boolean {
  return role === 'designer' || role === 'coordinator';
}

export interface StaffSession {
  me: StaffMember;
  signOut: () => Promise<void>;
}

export const StaffSessionContext = createContext<StaffSession | null>(null);

export function useStaffSession(): StaffSession {
  const session = useContext(StaffSessionContext);
  if (!session) throw new Error('useStaffSession outside StaffSessionGate');
  return session;
}
