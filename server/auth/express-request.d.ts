// Request members set by server/auth/sessions.ts (loadSessions) and read by the guards and routes.
import type { CustomerPrincipal, StaffPrincipal } from './principals';

declare global {
  namespace Express {
    interface Request {
      staff?: StaffPrincipal;
      customer?: CustomerPrincipal;
    }
  }
}

export {};
