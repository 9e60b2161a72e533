/** Where sign-in sessions are kept: by the SHA-256 of the cookie's token, never the token itself. */
import type { UserRow } from '../staff/staff-repository';

export interface NewSession {
  id: string;
  kind: 'staff' | 'customer';
  userId: number | null;
  customerEmail: string | null;
  /** A customer session's identification: 'email' (a code) or 'strong' (OIDC); null for staff. */
  identification?: 'email' | 'strong' | null;
  /** A strong session's person: their key, names and henkilötunnus (for their own forms only). */
  personKey?: string | null;
  personGivenName?: string | null;
  personFamilyName?: string | null;
  personId?: string | null;
  /** A staff session that starts past the second factor (single sign-on: the provider did it). */
  secondFactorAt?: string | null;
  /** A single sign-on session's ID token, sealed: the hint for the provider's sign-out. */
  ssoIdToken?: string | null;
  expiresAt: string;
  lastSeenAt: string;
}

export interface StaffSession {
  expiresAt: string;
  lastSeenAt: string | null;
  createdAt: string;
  /** When this session passed the second factor; null: not (yet). */
  secondFactorAt: string | null;
  /** When the person's authenticator was confirmed; null: they have none. */
  totpConfirmedAt: string | null;
  user: UserRow;
}

export interface CustomerSession {
  expiresAt: string;
  customerEmail: string | null;
  identification: string | null;
  personKey: string | null;
  personGivenName: string | null;
  personFamilyName: string | null;
  personId: string | null;
}

export interface SessionRepository {
  /** Starts a session, sweeping every session expired before `sweepBefore` first. */
  start(session: NewSession, sweepBefore: string): Promise<void>;
  end(id: string): Promise<void>;
  /** Notes a session's use. */
  touch(id: string, at: string): Promise<void>;
  staffSession(id: string): Promise<StaffSession | undefined>;
  /** A staff session's sealed ID token from single sign-on; null: none (a password sign-in, or no such session). */
  ssoIdToken(id: string): Promise<string | null>;
  customerSession(id: string): Promise<CustomerSession | undefined>;
}
