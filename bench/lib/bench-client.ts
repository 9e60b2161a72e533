/** A minimal HTTP client for setting a benchmark up through the public API: cookies and CSRF. */
import type { StaffMe } from '../../api-contract';
import { totpCodeAt } from '../../server/auth/second-factor/totp';
import { DEMO_TOTP_SECRET } from '../../server/seed/demo';

export class BenchClient {
  private cookies = new Map<string, string>();
  private token: string | null = null;

  constructor(private readonly baseUrl: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  async csrfHeaders(): Promise<Record<string, string>> {
    if (!this.token) {
      const res = await fetch(`${this.baseUrl}/api/csrf`, { headers: { cookie: this.cookieHeader() } });
      this.remember(res);
      this.token = ((await res.json()) as { token: string }).token;
    }
    return { 'x-csrf-token': this.token, cookie: this.cookieHeader() };
  }

  async get<T>(path: string): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookieHeader() } });
    this.remember(res);
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.csrfHeaders()) },
      body: JSON.stringify(body),
    });
    this.remember(res);
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /**
   * Signs a demo staff member in; the demo admins and coordinator then give their authenticator's
   * code (the demo key, as `npm run demo:code` shows it). Each signs in once per bench server, so a
   * code is never used twice.
   */
  async login(email: string, password: string): Promise<void> {
    const me = await this.post<StaffMe>('/api/auth/login', { email, password });
    this.token = null; // the session changed: the CSRF token is bound to it
    if (me.twoFactor.step === 'code') await this.post('/api/auth/second-factor', { code: totpCodeAt(DEMO_TOTP_SECRET, new Date()) });
  }
}
