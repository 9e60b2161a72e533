/** The demo staff the benchmarks act as: taken from the seed, so they never drift apart. */
import { DEMO_PASSWORD, DEMO_STAFF } from '../../server/seed/demo';

function account(email: string): { email: string; password: string } {
  const staff = DEMO_STAFF.find((s) => s.email === email);
  if (!staff) throw new Error(`the demo seed has no account ${email}`);
  return { email: staff.email, password: DEMO_PASSWORD };
}

export const DEMO_COORDINATOR = account('coordinator@kevyt.example');
export const DEMO_ADMIN_HELSINKI = account('admin.helsinki@kevyt.example');
export const DEMO_HANDLER_HELSINKI = account('handler.helsinki@kevyt.example');
