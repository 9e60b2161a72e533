/** Who is making a request: a signed-in staff member and/or a signed-in customer. */
import type { StaffActor } from '../../permissions/permissions';

export interface StaffPrincipal extends StaffActor {
  email: string;
  name: string;
  sessionId: string;
}

export interface CustomerPrincipal {
  /** Lower-cased; a customer's identity is their verified email address. */
  email: string;
  sessionId: string;
}

/** A customer identified strongly (OIDC). The henkilötunnus stays on the server but for this person's own forms. */
export interface PersonPrincipal {
  givenName: string;
  familyName: string;
  personalId: string;
  /** server/identification/person-key.ts: who they are, without the henkilötunnus. */
  personKey: string;
  sessionId: string;
}
