/** Strong identifications under way (strong-login.ts), by the SHA-256 of the browser's login cookie. */
export interface IdentificationLogin {
  id: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  lang: string;
  expiresAt: string;
}

export interface IdentificationLoginRepository {
  /** Keeps a new login, after sweeping those expired before `sweepBefore` and the one it `replaces` (the browser's earlier one). */
  begin(login: IdentificationLogin, sweepBefore: string, replaces: string | null): Promise<void>;
  /** Takes a login out, once: a second take of the same id finds nothing. */
  take(id: string): Promise<IdentificationLogin | undefined>;
}
