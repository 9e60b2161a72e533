/**
 * Prints the current two-step verification code of the demo admins and coordinator
 * (`npm run demo:code`), for signing in to a demo server without an authenticator app.
 */
import { totpCodeAt } from '../auth/second-factor/totp';
import { DEMO_TOTP_SECRET } from './demo';

const now = new Date();
const left = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(`${totpCodeAt(DEMO_TOTP_SECRET, now)}  (demo admins and coordinator; valid for ${left} s more, and the next 30 s)`);
