/**
 * Authenticator codes in tests, computed with otplib as an authenticator app would: the demo
 * admins' and coordinator's (the documented DEMO_TOTP_SECRET) or any secret a test enrolled.
 * The server accepts each step's code once per person, and the steps either side of the current
 * one too, so sign-ins of one person in quick succession take the codes this process has not
 * used yet (`freshTotpCode`) and wait for the next step only when all three were used.
 */
import { authenticator } from 'otplib';
import { DEMO_TOTP_SECRET } from '../../server/seed/demo';

export const STEP_MS = 30_000;

/** The code of `secret` at `time` plus `steps` 30-second steps. */
export function totpCode(secret: string = DEMO_TOTP_SECRET, steps = 0, time = Date.now()): string {
  return authenticator.clone({ epoch: time + steps * STEP_MS }).generate(secret.replace(/\s+/g, ''));
}

/** Milliseconds until the next step begins (and with it a new code). */
export function untilNextStep(time = Date.now()): number {
  return STEP_MS - (time % STEP_MS) + 50;
}

/** Steps used per server and person (`<server url> <email or secret>`), in this test process. */
const used = new Map<string, Set<number>>();

/**
 * A code of `secret` whose step this process has not used for `who` on that server yet (the
 * current step, the next, the one before), waiting for the next step when all three were used.
 * The step is noted as used.
 */
export async function freshTotpCode(who: string, secret: string = DEMO_TOTP_SECRET): Promise<string> {
  let steps = used.get(who);
  if (!steps) used.set(who, (steps = new Set()));
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / STEP_MS);
    for (const delta of [0, 1, -1]) {
      if (steps.has(current + delta)) continue;
      steps.add(current + delta);
      return totpCode(secret, delta, now);
    }
    await new Promise((resolve) => setTimeout(resolve, untilNextStep(now)));
  }
}

/** Authenticators the test helpers set up (through the API or a browser), by `<server url> <email>`. */
const enrolled = new Map<string, string>();

export function rememberEnrolledSecret(who: string, secret: string): void {
  enrolled.set(who, secret.replace(/\s+/g, ''));
}

/** The secret a helper set up for `who`, else the demo accounts' DEMO_TOTP_SECRET. */
export function secretOf(who: string): string {
  return enrolled.get(who) ?? DEMO_TOTP_SECRET;
}
