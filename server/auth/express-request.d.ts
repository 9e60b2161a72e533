// Request members set by server/auth/sessions.ts (loadSessions) and read by the guards and routes.
import type { CustomerPrincipal, PersonPrincipal, StaffPrincipal } from './principals';

declare global {
  namespace Express {
    interface Request {
      staff?: StaffPrincipal;
      /**
       * A staff member signed in with a temporary password from their admin. Kept apart from
       * `staff` so that every staff route refuses them (fail closed) until they choose their own;
       * only /api/auth/me, logout and /api/auth/password accept them (requireStaffSession).
       */
      staffMustChangePassword?: StaffPrincipal;
      /** A customer signed in with an e-mailed code. */
      customer?: CustomerPrincipal;
      /** A customer identified strongly (OIDC); never at the same time as `customer`. */
      person?: PersonPrincipal;
    }
  }
}

export {};
