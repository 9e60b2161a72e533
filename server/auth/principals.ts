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
