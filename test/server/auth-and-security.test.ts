import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../server/auth/sessions';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const ADMIN = 'admin.helsinki@kevyt.example';

function expectError(body: unknown, code: string) {
  const e = body as ApiErrorBody;
  expect(e.error.code).toBe(code);
  expect(typeof e.error.message).toBe('string');
  expect(Array.isArray(e.error.fields)).toBe(true);
  return e.error;
}

describe('staff sign-in', () => {
  it('signs in with the demo password, sets an httpOnly SameSite=Lax session cookie and answers /me', async () => {
    const api = new ApiClient(server.url);
    const res = await api.post('/api/auth/login', { email: 'Admin.Helsinki@kevyt.example', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kevyt_staff='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // loopback test server over plain http
    const me = await api.get<{ email: string; role: string; authority: { id: string; name: { fi: string } } }>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: ADMIN, role: 'admin', authority: { id: 'municipality-091', name: { fi: 'Helsinki' } } });
  });

  it('stores only the hash of the session token', async () => {
    const api = new ApiClient(server.url);
    await api.loginStaff(ADMIN, DEMO_PASSWORD);
    const token = api.cookies.get('kevyt_staff') ?? '';
    const stored = await server.sql('SELECT id FROM sessions WHERE id = ?', token);
    expect(token.length).toBeGreaterThan(30);
    expect(stored).toEqual([]);
  });

  it('refuses a wrong password and an unknown email alike with 401', async () => {
    const api = new ApiClient(server.url);
    const wrong = await api.post('/api/auth/login', { email: ADMIN, password: 'salasana' });
    expect(wrong.status).toBe(401);
    expectError(wrong.body, 'unauthenticated');
    const unknown = await api.post('/api/auth/login', { email: 'nobody@hel.fi', password: 'salasana' });
    expect(unknown.status).toBe(401);
    expect((await api.get('/api/auth/me')).status).toBe(401);
  });

  it('names the bad fields when the body has wrong types', async () => {
    const api = new ApiClient(server.url);
    const res = await api.post('/api/auth/login', { email: 42, password: ['x'] });
    expect(res.status).toBe(422);
    const error = expectError(res.body, 'validation_failed');
    expect(error.fields.map((f) => f.path).sort()).toEqual(['email', 'password']);
  });

  it('signs out: the session is gone on the server', async () => {
    const api = new ApiClient(server.url);
    await api.loginStaff(ADMIN, DEMO_PASSWORD);
    const token = api.cookies.get('kevyt_staff');
    expect((await api.post('/api/auth/logout')).status).toBe(200);
    expect((await api.get('/api/auth/me')).status).toBe(401);
    // Replaying the old cookie does not help either.
    const replay = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: `kevyt_staff=${token}` } });
    expect(replay.status).toBe(401);
  });

  it('signing in again ends the session the browser already had', async () => {
    const api = new ApiClient(server.url);
    await api.loginStaff(ADMIN, DEMO_PASSWORD);
    const first = api.cookies.get('kevyt_staff');
    await api.loginStaff('handler.helsinki@kevyt.example', DEMO_PASSWORD);
    const second = api.cookies.get('kevyt_staff');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const me = await api.get<{ email: string }>('/api/auth/me');
    expect(me.body.email).toBe('handler.helsinki@kevyt.example');
    // The admin's cookie from before the second sign-in no longer opens anything.
    const replay = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: `kevyt_staff=${first}` } });
    expect(replay.status).toBe(401);
    // Its row is gone on the server; the admin's sessions in other browsers are not touched.
    expect(await server.sql('SELECT id FROM sessions WHERE id = ?', sha256(first ?? ''))).toEqual([]);
  });

  it('ends a staff session after 12 hours, however busy its holder keeps it', async () => {
    const api = new ApiClient(server.url);
    await api.loginStaff(ADMIN, DEMO_PASSWORD);
    const realNow = server.ctx.now;
    try {
      // Used every 20 minutes, so the idle timeout never ends it.
      for (let minutes = 20; minutes <= 11 * 60 + 40; minutes += 20) {
        server.ctx.now = () => new Date(Date.now() + minutes * 60_000);
        expect((await api.get('/api/auth/me')).status).toBe(200);
      }
      server.ctx.now = () => new Date(Date.now() + 12 * 3600_000 + 60_000);
      expect((await api.get('/api/auth/me')).status).toBe(401);
    } finally {
      server.ctx.now = realNow;
    }
  });

  it('ends a staff session left unused for 30 minutes; each use starts the 30 minutes again', async () => {
    const api = new ApiClient(server.url);
    await api.loginStaff(ADMIN, DEMO_PASSWORD);
    const realNow = server.ctx.now;
    const at = (minutes: number) => {
      server.ctx.now = () => new Date(Date.now() + minutes * 60_000);
    };
    try {
      at(25);
      expect((await api.get('/api/auth/me')).status).toBe(200);
      at(50);
      expect((await api.get('/api/inbox')).status).toBe(200);
      at(81);
      const idle = await api.get<ApiErrorBody>('/api/auth/me');
      expect(idle.status).toBe(401);
      expect(idle.body.error.code).toBe('unauthenticated');
    } finally {
      server.ctx.now = realNow;
    }
  });

  it('limits failed sign-ins per address and email to 10 a minute (429 rate_limited)', async () => {
    const api = new ApiClient(server.url);
    const email = 'handler.espoo@kevyt.example';
    for (let i = 0; i < 10; i++) expect((await api.post('/api/auth/login', { email, password: `arvaus-${i}` })).status).toBe(401);
    const limited = await api.post('/api/auth/login', { email, password: DEMO_PASSWORD });
    expect(limited.status).toBe(429);
    expectError(limited.body, 'rate_limited');
    // Another account from the same address is not locked out.
    expect((await api.post('/api/auth/login', { email: 'handler.helsinki@kevyt.example', password: DEMO_PASSWORD })).status).toBe(200);
  });
});

describe('request safety', () => {
  it('refuses an unsafe request without the CSRF token (403 csrf) and with a forged one', async () => {
    const api = new ApiClient(server.url);
    const none = await api.post('/api/auth/login', { email: ADMIN, password: DEMO_PASSWORD }, { csrf: false });
    expect(none.status).toBe(403);
    expectError(none.body, 'csrf');
    await api.token();
    const forged = await api.post('/api/auth/login', { email: ADMIN, password: DEMO_PASSWORD }, { csrf: false, headers: { 'x-csrf-token': 'abc.def' } });
    expect(forged.status).toBe(403);
    // A token fetched by another browser does not fit this browser's cookies.
    const other = new ApiClient(server.url);
    const stolen = await api.post('/api/auth/login', { email: ADMIN, password: DEMO_PASSWORD }, { csrf: false, headers: { 'x-csrf-token': await other.token() } });
    expect(stolen.status).toBe(403);
  });

  it('answers malformed JSON with 400 bad_json', async () => {
    const api = new ApiClient(server.url);
    const res = await api.request('POST', '/api/auth/login', { raw: '{"email": "admin.helsinki@kevyt.example",', contentType: 'application/json' });
    expect(res.status).toBe(400);
    expectError(res.body, 'bad_json');
  });

  it('answers a body over 1 MB with 413 payload_too_large', async () => {
    const api = new ApiClient(server.url);
    const res = await api.post('/api/auth/login', { email: ADMIN, password: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expectError(res.body, 'payload_too_large');
  });

  it('answers an unknown API route with 404 in the error shape', async () => {
    const res = await new ApiClient(server.url).get('/api/lomakkeet');
    expect(res.status).toBe(404);
    expect(expectError(res.body, 'not_found').message).toContain('/api/lomakkeet');
  });

  it('sends security headers: CSP without inline scripts, nosniff, frame protection, no x-powered-by', async () => {
    const res = await fetch(`${server.url}/api/topics`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('img-src');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the customer app and the builder app for their client-side routes', async () => {
    const runtime = await fetch(`${server.url}/fi/kunta/091`);
    const builder = await fetch(`${server.url}/builder/packs`);
    // Built apps are optional for API tests: without dist/ the server says how to build them.
    for (const res of [runtime, builder]) expect([200, 404]).toContain(res.status);
    if (runtime.status === 200) expect(await runtime.text()).toContain('<div id="root">');
  });
});

describe('behind HTTPS (COOKIE_SECURE)', () => {
  it('marks the CSRF and session-id cookies Secure and sends HSTS', async () => {
    const secure = await startTestServer({ seed: 'reference', config: { cookieSecure: true } });
    try {
      const res = await fetch(`${secure.url}/api/csrf`);
      const cookies = res.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThanOrEqual(2);
      for (const c of cookies) {
        expect(c).toMatch(/; Secure/i);
        expect(c).toMatch(/HttpOnly/i);
        expect(c).toMatch(/SameSite=Lax/i);
      }
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    } finally {
      await secure.close();
    }
  });
});
