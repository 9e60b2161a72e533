// Request members set by server/auth/sessions.ts (loadSessions) and read by the guards and routes.
import type { CustomerPrincipal, PersonPrincipal, StaffPrincipal } from './principals';
import type { SecondFactorStep } from './second-factor/second-factor-step';

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
      /**
       * A staff member past the password who still owes the second factor (a code, or setting up
       * an authenticator their role requires). Every staff route refuses them (fail closed); only
       * /api/auth/me, logout and the second factor's own routes accept them (requireStaffSignIn).
       */
      staffAwaitingSecondFactor?: { principal: StaffPrincipal; step: Exclude<SecondFactorStep, 'none'> };
      /** A customer signed in with an e-mailed code. */
      customer?: CustomerPrincipal;
      /** A customer identified strongly (OIDC); never at the same time as `customer`. */
      person?: PersonPrincipal;
    }
  }
}

export {};
