/**
 * The Suomi.fi mandates client against a local fake of the service's Web API, started here on
 * 127.0.0.1: it checks each call's X-AsiointivaltuudetAuthorization checksum with the API key as
 * the service does, and answers in the documented shapes (register → sessionId, organizationRoles
 * → the companies, authorization → ALLOWED/DISALLOWED), with an expiring session, a server error
 * and a mandate that ends.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cachedMandates } from './cached-mandates';
import { MandatesUnavailable } from './mandates';
import { authorizationHeader, companiesOfRoles, suomifiMandates } from './suomifi-mandates';

const CLIENT_ID = 'kvt00001';
const API_KEY = 'fake-api-key-for-tests';
const AINO = { personalId: '010190-908Y' };
const MIKKO = { personalId: '150385-921R' };

interface Role { name: string; identifier: string; complete: boolean; roles: string[] }

/** The fake's state: each person's roles by henkilötunnus, its sessions, and what it saw. */
const fake = {
  roles: new Map<string, Role[]>(),
  sessions: new Map<string, string>(),
  calls: [] as string[],
  failWith: 0,
};

function checksumOk(header: string | undefined, pathAndQuery: string): boolean {
  const [clientId, timestamp, checksum] = (header ?? '').split(' ');
  if (clientId !== CLIENT_ID || !timestamp || Math.abs(Date.parse(timestamp) - Date.now()) > 5 * 60_000) return false;
  return createHmac('sha256', API_KEY).update(`${pathAndQuery} ${timestamp}`).digest('base64') === checksum;
}

let server: Server;
let baseUrl = '';

beforeAll(async () => {
  let sessionNo = 0;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    fake.calls.push(url.pathname);
    const send = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (!url.searchParams.get('requestId')) return send(400, { error: 'requestId missing' });
    if (!checksumOk(req.headers['x-asiointivaltuudetauthorization'] as string | undefined, `${url.pathname}${url.search}`)) return send(401, { error: 'checksum' });
    if (fake.failWith) return send(fake.failWith, { error: 'failure' });
    const parts = url.pathname.split('/').filter(Boolean);
    // /service/ypa/user/register/{clientId}/{hetu}
    if (parts[2] === 'user' && parts[3] === 'register' && parts[4] === CLIENT_ID) {
      const sessionId = `session-${++sessionNo}`;
      fake.sessions.set(sessionId, decodeURIComponent(parts[5]));
      return send(200, { sessionId, userId: `user-${sessionNo}` });
    }
    const personalId = fake.sessions.get(decodeURIComponent(parts[4] ?? ''));
    if (!personalId) return send(401, { error: 'session expired' });
    if (parts[3] === 'organizationRoles') return send(200, fake.roles.get(personalId) ?? []);
    if (parts[3] === 'authorization') {
      const allowed = (fake.roles.get(personalId) ?? []).some((r) => r.identifier === decodeURIComponent(parts[5]));
      return send(200, { result: allowed ? 'ALLOWED' : 'DISALLOWED', principalId: decodeURIComponent(parts[5]), reasons: [] });
    }
    send(404, { error: 'not found' });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  fake.roles = new Map([
    [AINO.personalId, [
      { name: 'Testiyhtiö Oy', identifier: '7001234-9', complete: true, roles: ['TJ', 'NIMKO'] },
      { name: 'Kokeilurakennus Oy', identifier: '7001236-5', complete: true, roles: ['NIMKO'] },
    ]],
    [MIKKO.personalId, [{ name: 'Testiyhtiö Oy', identifier: '7001234-9', complete: true, roles: ['NIMKO'] }]],
  ]);
  fake.sessions.clear();
  fake.calls = [];
  fake.failWith = 0;
});

const client = () => suomifiMandates({ baseUrl, clientId: CLIENT_ID, apiKey: API_KEY });

describe('the checksum header', () => {
  it('is the client id, the timestamp and the Base64 HMAC-SHA256 of the path and the timestamp under the API key', () => {
    const value = authorizationHeader({ clientId: 'abc', apiKey: 'key' }, '/service/ypa/api/organizationRoles/s1?requestId=r', '2026-12-07T12:00:00.000Z');
    const expected = createHmac('sha256', 'key').update('/service/ypa/api/organizationRoles/s1?requestId=r 2026-12-07T12:00:00.000Z').digest('base64');
    expect(value).toBe(`abc 2026-12-07T12:00:00.000Z ${expected}`);
  });
});

describe('the Suomi.fi mandates client', () => {
  it('lists the companies the person may act for, by name, registering the person once', async () => {
    const mandates = client();
    expect(await mandates.companiesOf(AINO)).toEqual([
      { businessId: '7001236-5', name: 'Kokeilurakennus Oy' },
      { businessId: '7001234-9', name: 'Testiyhtiö Oy' },
    ]);
    expect(await mandates.companiesOf(AINO)).toHaveLength(2);
    expect(fake.calls.filter((c) => c.includes('/user/register/'))).toHaveLength(1);
    // The henkilötunnus goes only into the register call, never into a query of the session.
    expect(fake.calls.filter((c) => c.includes(AINO.personalId)).every((c) => c.includes('/user/register/'))).toBe(true);
  });

  it('leaves out entries without a valid Y-tunnus', () => {
    expect(companiesOfRoles([{ name: 'Rikki', identifier: '7001234-1' }, { name: 'Ei tunnusta' }, { identifier: '7001235-7' }])).toEqual([
      { businessId: '7001235-7', name: '7001235-7' },
    ]);
    expect(() => companiesOfRoles({ not: 'a list' })).toThrow(MandatesUnavailable);
  });

  it('says whether a mandate holds now, and no longer once it has ended at the service', async () => {
    const mandates = client();
    expect(await mandates.check(MIKKO, '7001234-9')).toBe('holds');
    expect(await mandates.check(MIKKO, '7001235-7')).toBe('none');
    fake.roles.set(MIKKO.personalId, []);
    expect(await mandates.check(MIKKO, '7001234-9')).toBe('none');
    expect(await mandates.companiesOf(MIKKO)).toEqual([]);
  });

  it('registers again when the Web API session has expired', async () => {
    const mandates = client();
    expect(await mandates.check(AINO, '7001234-9')).toBe('holds');
    fake.sessions.clear();
    expect(await mandates.check(AINO, '7001234-9')).toBe('holds');
    expect(fake.calls.filter((c) => c.includes('/user/register/'))).toHaveLength(2);
  });

  it('is unavailable, never allowing, when the service fails, refuses the key or cannot be reached', async () => {
    fake.failWith = 500;
    await expect(client().check(AINO, '7001234-9')).rejects.toBeInstanceOf(MandatesUnavailable);
    fake.failWith = 0;
    await expect(suomifiMandates({ baseUrl, clientId: CLIENT_ID, apiKey: 'wrong key' }).companiesOf(AINO)).rejects.toThrow(/credentials/);
    await expect(suomifiMandates({ baseUrl: 'http://127.0.0.1:1', clientId: CLIENT_ID, apiKey: API_KEY, timeoutMs: 2000 }).companiesOf(AINO)).rejects.toThrow(/could not be reached/);
  });
});

describe('the short memory in front of the service', () => {
  it('asks again once its time is up, so an ended mandate stops access within it', async () => {
    let now = new Date('2026-12-07T12:00:00Z');
    const mandates = cachedMandates(client(), 30_000, () => now);
    expect(await mandates.check(MIKKO, '7001234-9')).toBe('holds');
    fake.roles.set(MIKKO.personalId, []);
    expect(await mandates.check(MIKKO, '7001234-9')).toBe('holds');
    now = new Date('2026-12-07T12:00:31Z');
    expect(await mandates.check(MIKKO, '7001234-9')).toBe('none');
  });

  it('keeps no failure', async () => {
    const mandates = cachedMandates(client(), 30_000, () => new Date('2026-12-07T12:00:00Z'));
    fake.failWith = 503;
    await expect(mandates.check(AINO, '7001234-9')).rejects.toBeInstanceOf(MandatesUnavailable);
    fake.failWith = 0;
    expect(await mandates.check(AINO, '7001234-9')).toBe('holds');
  });
});
