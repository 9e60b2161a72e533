/** Where customers' one-time sign-in codes are kept: by a keyed hash, never the code itself. */
import type { OutboxInsert } from '../alerts/outbox-repository';

export interface NewSignInCode {
  email: string;
  codeHash: string;
  expiresAt: string;
  createdAt: string;
}

export interface SignInCodeRepository {
  /**
   * Issues a code with the mail that carries it, unless the address had `maxRecent` codes since
   * `recentSince`; drops the sealed codes of sign-in mails created before `dropSecretsBefore`.
   * Whether the code was issued.
   */
  issue(code: NewSignInCode, limit: { recentSince: string; maxRecent: number }, mail: OutboxInsert, dropSecretsBefore: string): Promise<boolean>;
  /**
   * Uses up the live code of the address whose hash `matches` (true), or counts a wrong guess
   * against every live code of the address (false). Live: unused, unexpired at `at`, fewer than
   * `maxAttempts` wrong guesses.
   */
  redeem(email: string, at: string, maxAttempts: number, matches: (codeHash: string) => boolean): Promise<boolean>;
}
