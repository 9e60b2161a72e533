/**
 * Staff single sign-on against the real local stand-in for Helsinki's identity provider: roles
 * from the group claim by the admin's mappings, the account created once and linked by issuer and
 * subject, access lost when the groups no longer map, every refusal with its own answer and audit
 * entry; the admin's mappings; an admin's reset of a lost authenticator.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaffProvider } from '../../identity/staff-provider/staff-provider';
import type { GroupMappings, StaffMe, StaffMember } from '../../api-contract';
import { staffRelyingParty, type StaffRelyingParty } from '../../server/staff-sso/staff-relying-party';
import { substitutingFetch, tamperingFetch } from '../support/id-token-tampering';
import { realIdToken } from '../support/real-id-tokens';
import { ProviderBrowser } from '../support/strong-identification';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient, demoStaffSessions, type ApiErrorBody, type TestServer } from '../support/server';
import { CITY_PERSONS, cityAnswer, HELSINKI, OTHER_STAFF_CLIENT, signInThroughCity, staffProviderKeyDir, startServerWithStaffProvider } from '../support/staff-sso';

let server: TestServer;
let original: StaffRelyingParty;
let staffOf: (email: string) => Promise<ApiClient>;

beforeAll(async () => {
  // Many sign-ins from one address: the rate limits are not what these tests are about.
  server = await startServerWithStaffProvider({ config: { rateLimitAllow: ['127.0.0.1'] } });
  const rp = server.ctx.staffSso?.providers.get(HELSINKI);
  if (!rp) throw new Error('no Helsinki provider');
  original = rp;
  staffOf = demoStaffSessions(() => server.url);
}, 120_000);
afterAll(() => server?.close());

const HELSINKI_ADMIN = 'admin.helsinki@kevyt.example';

function lastRefusal(): { code: string } | undefined {
  const row = server.ctx.sqlite
    .prepare<[], { details: string }>("SELECT details_json AS details FROM audit_log WHERE action = 'staff.sso.refused' ORDER BY id DESC LIMIT 1")
    .get();
  return row ? (JSON.parse(row.details) as { code: string }) : undefined;
}

async function expectRefused(answer: Promise<{ status: number; body: unknown }>, status: number, code: string) {
  const res = await answer;
  expect({ status: res.status, code: (res.body as ApiErrorBody).error?.code }).toEqual({ status, code });
  expect(lastRefusal()?.code).toBe(code);
}

function linkedUser(subject: string): { userId: number; role: string; active: number; authorityId: string } | undefined {
  return server.ctx.sqlite
    .prepare<[string], { userId: number; role: string; active: number; authorityId: string }>(
      'SELECT u.id AS userId, u.role, u.active, u.authority_id AS authorityId FROM staff_sso_accounts l JOIN users u ON u.id = l.user_id WHERE l.subject = ?',
    )
    .get(subject);
}

describe('signing in through Helsinki’s own provider', () => {
  it('lists Helsinki among the authorities with single sign-on', async () => {
    const res = await new ApiClient(server.url).get<Array<{ authorityId: string; name: { fi: string } }>>('/api/staff-sso/providers');
    expect(res.status).toBe(200);
    expect(res.body.map((p) => p.authorityId)).toEqual([HELSINKI]);
  });

  it('signs a handler in with the role from the group claim, past the second factor, and links the account by issuer and subject', async () => {
    const client = new ApiClient(server.url);
    const done = await signInThroughCity(client, CITY_PERSONS.handler);
    expect(done).toMatchObject({ status: 200, body: { returnTo: '/fi/virkailija', lang: 'fi' } });
    const me = await client.get<StaffMe>('/api/auth/me');
    expect(me.body).toMatchObject({ name: 'Hilkka Virkamies', email: 'hilkka.virkamies@hel.example', role: 'handler', authority: { id: HELSINKI } });
    expect(me.body.twoFactor.step).toBe('none');
    expect((await client.get('/api/inbox')).status).toBe(200);
    const first = linkedUser(CITY_PERSONS.handler);
    expect(first).toMatchObject({ role: 'handler', active: 1, authorityId: HELSINKI });

    // The next sign-in finds the same account.
    expect((await signInThroughCity(new ApiClient(server.url), CITY_PERSONS.handler)).status).toBe(200);
    expect(linkedUser(CITY_PERSONS.handler)?.userId).toBe(first?.userId);
    const logins = server.ctx.sqlite.prepare<[string], { n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'staff.sso.login' AND target_id = ?").get(String(first?.userId));
    expect(logins?.n).toBe(2);
  });

  it('lets an admin from the city’s admin group in without Kevyt’s own authenticator (the provider does the second factor)', async () => {
    const client = new ApiClient(server.url);
    expect((await signInThroughCity(client, CITY_PERSONS.admin)).status).toBe(200);
    const me = await client.get<StaffMe>('/api/auth/me');
    expect(me.body).toMatchObject({ role: 'admin', twoFactor: { enabled: false, required: true, step: 'none' } });
    expect((await client.get('/api/staff')).status).toBe(200);
    // A password sign-in is no way in for such an account.
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: 'aapo.yllapitaja@hel.example', password: DEMO_PASSWORD })).status).toBe(401);
  });

  it('refuses a person none of whose groups is mapped, with a clear answer and an audit entry, and creates no account', async () => {
    const client = new ApiClient(server.url);
    await expectRefused(signInThroughCity(client, CITY_PERSONS.unmapped), 403, 'no_role');
    expect(linkedUser(CITY_PERSONS.unmapped)).toBeUndefined();
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses an ID token without the group claim (nor one from userinfo)', async () => {
    await expectRefused(signInThroughCity(new ApiClient(server.url), CITY_PERSONS.noGroupClaim), 403, 'groups_missing');
  });

  it('never gives access to another authority through a group that authority maps', async () => {
    // Rescue Helsinki's admin maps the city's library group to admin: it counts in Rescue Helsinki only,
    // whose staff do not sign in through the city's provider at all.
    await server.ctx.repos.staffSso.setMapping(
      { authorityId: 'rescue-helsinki', group: 'hel-kirjasto', role: 'admin' },
      { at: new Date().toISOString(), actor: { kind: 'system' }, action: 'staff.sso.mapping.set', targetType: 'authority', targetId: 'rescue-helsinki' },
    );
    await expectRefused(signInThroughCity(new ApiClient(server.url), CITY_PERSONS.unmapped), 403, 'no_role');
    expect(linkedUser(CITY_PERSONS.unmapped)).toBeUndefined();
    const client = new ApiClient(server.url);
    await expectRefused(client.post('/api/staff-sso/start', { authorityId: 'rescue-helsinki', returnTo: '/fi/virkailija', lang: 'fi' }), 404, 'sso_unavailable');
  });

  it('refuses an identity whose email belongs to an account not linked to it', async () => {
    const admin = await staffOf(HELSINKI_ADMIN);
    expect((await admin.post('/api/staff', { email: 'saga.formgivare@hel.example', name: 'Saga Formgivare', role: 'designer' })).status).toBe(201);
    await expectRefused(signInThroughCity(new ApiClient(server.url), CITY_PERSONS.designer), 409, 'account_conflict');
    expect(linkedUser(CITY_PERSONS.designer)).toBeUndefined();
  });

  it('takes access away at the next sign-in when the groups no longer map, ending the person’s sessions, and gives it back when they map again', async () => {
    const admin = await staffOf(HELSINKI_ADMIN);
    const working = new ApiClient(server.url);
    expect((await signInThroughCity(working, CITY_PERSONS.handler)).status).toBe(200);
    expect((await working.get('/api/inbox')).status).toBe(200);

    expect((await admin.delete<GroupMappings>('/api/staff-sso/mappings?group=kevyt-helsinki-handlers')).status).toBe(200);
    await expectRefused(signInThroughCity(new ApiClient(server.url), CITY_PERSONS.handler), 403, 'no_role');
    expect(linkedUser(CITY_PERSONS.handler)?.active).toBe(0);
    expect((await working.get('/api/inbox')).status).toBe(401);
    const listed = await admin.get<StaffMember[]>('/api/staff');
    expect(listed.body.find((m) => m.email === 'hilkka.virkamies@hel.example')).toMatchObject({ active: false, singleSignOn: true });

    expect((await admin.put('/api/staff-sso/mappings', { group: 'kevyt-helsinki-handlers', role: 'handler' })).status).toBe(200);
    const back = new ApiClient(server.url);
    expect((await signInThroughCity(back, CITY_PERSONS.handler)).status).toBe(200);
    expect(linkedUser(CITY_PERSONS.handler)?.active).toBe(1);
  });

  it('keeps an admin’s deactivation even when the groups still map', async () => {
    const admin = await staffOf(HELSINKI_ADMIN);
    const person = linkedUser(CITY_PERSONS.handler);
    expect((await admin.post(`/api/staff/${person?.userId}/deactivate`)).status).toBe(200);
    await expectRefused(signInThroughCity(new ApiClient(server.url), CITY_PERSONS.handler), 403, 'account_deactivated');
    expect((await admin.post(`/api/staff/${person?.userId}/reactivate`)).status).toBe(200);
  });
});

function clientSecret(): string {
  return readFileSync(join(staffProviderKeyDir(server), '..', 'staff-sso-client-secret'), 'utf8').trim();
}

/** The Helsinki relying party with every token answer passing through `fetcher` first. */
function answersThrough(fetcher: oidc.CustomFetch): void {
  const { configuration: _unused, idTokenEncrypted: _signedOnly, ...settings } = original;
  server.ctx.staffSso?.providers.set(HELSINKI, staffRelyingParty({ ...settings, authentication: { method: 'client_secret_basic', secret: clientSecret() } }, fetcher));
}

/** The Helsinki relying party with every token answer's ID token rewritten by `tamper` and re-signed with the stand-in's own key. */
function tamperingWith(tamper: (claims: Record<string, unknown>) => Record<string, unknown>): void {
  answersThrough(tamperingFetch(staffProviderKeyDir(server), tamper));
}

function untampered(): void {
  server.ctx.staffSso?.providers.set(HELSINKI, original);
}

/** The nonce of the sign-in this test started last. */
function latestNonce(): string {
  const row = server.ctx.sqlite.prepare<[], { nonce: string }>('SELECT nonce FROM staff_sso_logins ORDER BY rowid DESC LIMIT 1').get();
  if (!row) throw new Error('no sign-in under way');
  return row.nonce;
}

describe('refusals of the provider’s answer, each with its own code and audit entry', () => {
  it('refuses a tampered state, a replayed answer, and an answer from another browser', async () => {
    const client = new ApiClient(server.url);
    const query = new URLSearchParams(await cityAnswer(client, CITY_PERSONS.handler));
    query.set('state', 'forged-state');
    await expectRefused(client.post('/api/staff-sso/complete', { query: query.toString() }), 401, 'state_mismatch');

    const again = new ApiClient(server.url);
    const answer = await cityAnswer(again, CITY_PERSONS.handler);
    expect((await again.post('/api/staff-sso/complete', { query: answer })).status).toBe(200);
    await expectRefused(again.post('/api/staff-sso/complete', { query: answer }), 401, 'login_not_found');

    const elsewhere = await cityAnswer(new ApiClient(server.url), CITY_PERSONS.handler);
    await expectRefused(new ApiClient(server.url).post('/api/staff-sso/complete', { query: elsewhere }), 401, 'login_not_found');
  });

  it('refuses a forged code and a code replayed under a new sign-in’s state', async () => {
    const client = new ApiClient(server.url);
    const forged = new URLSearchParams(await cityAnswer(client, CITY_PERSONS.handler));
    forged.set('code', 'forged-code');
    await expectRefused(client.post('/api/staff-sso/complete', { query: forged.toString() }), 401, 'code_rejected');

    const first = new URLSearchParams(await cityAnswer(client, CITY_PERSONS.handler));
    expect((await client.post('/api/staff-sso/complete', { query: first.toString() })).status).toBe(200);
    const restarted = await client.post<{ authorizationUrl: string }>('/api/staff-sso/start', { authorityId: HELSINKI, returnTo: '/fi/virkailija', lang: 'fi' });
    const replay = new URLSearchParams(first);
    replay.set('state', new URL(restarted.body.authorizationUrl).searchParams.get('state') ?? '');
    await expectRefused(client.post('/api/staff-sso/complete', { query: replay.toString() }), 401, 'code_rejected');
  });

  it('refuses an ID token whose nonce is not this sign-in’s', async () => {
    const client = new ApiClient(server.url);
    const query = await cityAnswer(client, CITY_PERSONS.handler);
    server.ctx.sqlite.prepare("UPDATE staff_sso_logins SET nonce = 'another-nonce'").run();
    await expectRefused(client.post('/api/staff-sso/complete', { query }), 401, 'id_token_nonce');
  });

  it('refuses a real ID token the city’s provider issued to another of its applications (audience), though it carries this sign-in’s nonce', async () => {
    try {
      const client = new ApiClient(server.url);
      const query = await cityAnswer(client, CITY_PERSONS.handler);
      const othersToken = await realIdToken({
        issuer: original.issuer, clientId: OTHER_STAFF_CLIENT, authentication: { method: 'client_secret_basic', secret: clientSecret() },
        redirectUrl: original.redirectUrl, scope: original.scope, nonce: latestNonce(), person: CITY_PERSONS.handler,
      });
      answersThrough(substitutingFetch(othersToken));
      await expectRefused(client.post('/api/staff-sso/complete', { query }), 401, 'id_token_audience');
      expect((await client.get('/api/auth/me')).status).toBe(401);
    } finally {
      untampered();
    }
  });

  it('refuses a real ID token from another provider (issuer) that knows this client just as the city’s does', async () => {
    const another = await startStaffProvider({
      host: '127.0.0.1', port: 0, keyDir: join(dirname(server.dbPath), 'another-staff-provider'),
      clients: [{ clientId: original.clientId, clientName: 'Kevyt', authentication: { secret: clientSecret() }, redirectUris: [original.redirectUrl] }],
    });
    try {
      const client = new ApiClient(server.url);
      const query = await cityAnswer(client, CITY_PERSONS.handler);
      const foreignToken = await realIdToken({
        issuer: another.issuer, clientId: original.clientId, authentication: { method: 'client_secret_basic', secret: clientSecret() },
        redirectUrl: original.redirectUrl, scope: original.scope, nonce: latestNonce(), person: CITY_PERSONS.handler,
      });
      answersThrough(substitutingFetch(foreignToken));
      await expectRefused(client.post('/api/staff-sso/complete', { query }), 401, 'id_token_issuer');
    } finally {
      untampered();
      await another.close();
    }
  });

  it('refuses an expired ID token, though signed with the provider’s own key', async () => {
    try {
      tamperingWith((c) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }));
      const client = new ApiClient(server.url);
      await expectRefused(client.post('/api/staff-sso/complete', { query: await cityAnswer(client, CITY_PERSONS.handler) }), 401, 'id_token_expired');
      // The same re-signing without a change passes: the refusal above is the tampering's.
      tamperingWith((c) => c);
      const again = new ApiClient(server.url);
      expect((await again.post('/api/staff-sso/complete', { query: await cityAnswer(again, CITY_PERSONS.handler) })).status).toBe(200);
    } finally {
      untampered();
    }
  });

  it('reads the groups from userinfo when the ID token leaves the group claim out', async () => {
    try {
      tamperingWith(({ groups: _groups, ...claims }) => claims);
      const client = new ApiClient(server.url);
      expect((await client.post('/api/staff-sso/complete', { query: await cityAnswer(client, CITY_PERSONS.handler) })).status).toBe(200);
      expect((await client.get<StaffMe>('/api/auth/me')).body.role).toBe('handler');
    } finally {
      untampered();
    }
  });

  it('refuses a sign-in cancelled at the provider', async () => {
    const client = new ApiClient(server.url);
    await expectRefused(client.post('/api/staff-sso/complete', { query: await cityAnswer(client, 'cancel') }), 401, 'identification_cancelled');
  });

  it('answers bad input precisely', async () => {
    const client = new ApiClient(server.url);
    const bad = await client.post<ApiErrorBody>('/api/staff-sso/start', { authorityId: HELSINKI, returnTo: 'https://evil.example/', lang: 'fi' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f) => f.path)).toContain('returnTo');
    expect((await client.post<ApiErrorBody>('/api/staff-sso/complete', {})).status).toBe(422);
  });
});

describe('a person in more groups than fit in a token (Entra ID’s group overage)', () => {
  /** The Helsinki relying party with another groups source (or none). */
  function groupsSourceNow(groupsSource: string | null): void {
    const { configuration: _unused, idTokenEncrypted: _signedOnly, ...settings } = original;
    server.ctx.staffSso?.providers.set(HELSINKI, staffRelyingParty({ ...settings, groupsSource, authentication: { method: 'client_secret_basic', secret: clientSecret() } }));
  }

  it('gets the token’s marker instead of the groups, and the role from the groups the provider’s groups source answers', async () => {
    const seen: Array<Record<string, unknown>> = [];
    try {
      answersThrough(tamperingFetch(staffProviderKeyDir(server), (claims) => {
        seen.push(claims);
        return claims;
      }));
      const client = new ApiClient(server.url);
      expect((await signInThroughCity(client, CITY_PERSONS.manyGroups)).status).toBe(200);
      expect((await client.get<StaffMe>('/api/auth/me')).body).toMatchObject({ name: 'Veikko Monijäsen', role: 'handler', authority: { id: HELSINKI } });
    } finally {
      untampered();
    }
    expect(seen[0]).not.toHaveProperty('groups');
    expect(seen[0]).toMatchObject({ _claim_names: { groups: 'src1' } });
  });

  it('refuses with a clear answer and an audit entry when the groups source fails or answers no list', async () => {
    try {
      for (const source of ['http://127.0.0.1:1/v1.0/me/getMemberObjects', `${original.issuer}/graph/v1.0/me/nothing-here`]) {
        groupsSourceNow(source);
        const client = new ApiClient(server.url);
        await expectRefused(signInThroughCity(client, CITY_PERSONS.manyGroups), 403, 'groups_source_failed');
        expect((await client.get('/api/auth/me')).status).toBe(401);
      }
    } finally {
      untampered();
    }
  });

  it('refuses when the provider has no groups source configured', async () => {
    try {
      groupsSourceNow(null);
      await expectRefused(signInThroughCity(new ApiClient(server.url), CITY_PERSONS.manyGroups), 403, 'groups_overage');
    } finally {
      untampered();
    }
  });

  it('answers the groups only to an access token the provider issued', async () => {
    const res = await fetch(`${original.issuer}/graph/v1.0/me/getMemberObjects`, {
      method: 'POST', headers: { authorization: 'Bearer forged-token', 'content-type': 'application/json' }, body: '{"securityEnabledOnly":false}',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
  });
});

describe('signing out ends the city provider’s session too (RP-initiated logout)', () => {
  it('answers the provider’s end-session address with the ID token as hint and the builder’s sign-in page to come back to; the provider then asks again who signs in', async () => {
    const client = new ApiClient(server.url);
    const browser = new ProviderBrowser();
    expect((await client.post('/api/staff-sso/complete', { query: await cityAnswer(client, CITY_PERSONS.handler, '/fi/virkailija', browser) })).status).toBe(200);
    // While the provider's session lasts, a new sign-in passes its page without a word.
    const started = await client.post<{ authorizationUrl: string }>('/api/staff-sso/start', { authorityId: HELSINKI, returnTo: '/sv/virkailija', lang: 'sv' });
    expect((await browser.follow(started.body.authorizationUrl)).left?.searchParams.has('code')).toBe(true);

    const out = await client.post<{ logoutUrl: string }>('/api/auth/logout', { lang: 'sv', app: 'builder' });
    expect(out.status).toBe(200);
    const url = new URL(out.body.logoutUrl);
    expect(url.origin).toBe(new URL(original.issuer).origin);
    expect(url.pathname).toBe('/session/end');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/builder/sv`);
    expect(url.searchParams.get('ui_locales')).toBe('sv');
    const [, payload] = (url.searchParams.get('id_token_hint') ?? '').split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toMatchObject({ sub: CITY_PERSONS.handler, aud: original.clientId });
    expect((await client.get('/api/auth/me')).status).toBe(401);

    // The provider asks, in the person's language, and sends the browser back to the builder's sign-in page.
    const asked = await browser.follow(out.body.logoutUrl);
    expect(asked.page?.status).toBe(200);
    expect(asked.page?.html).toContain('<html lang="sv"');
    const form = /<form[^>]*action="([^"]+)"[^>]*id="op\.logoutForm"|<form[^>]*id="op\.logoutForm"[^>]*action="([^"]+)"/.exec(asked.page?.html ?? '');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(asked.page?.html ?? '');
    expect(form && xsrf).toBeTruthy();
    const done = await browser.follow(new URL(form?.[1] ?? form?.[2] ?? '', url).toString(), { method: 'POST', form: { xsrf: xsrf?.[1] ?? '', logout: 'yes' } });
    expect(done.left?.toString()).toBe(`${server.url}/builder/sv`);

    // Its session is over: the next sign-in shows its page again.
    const again = await client.post<{ authorizationUrl: string }>('/api/staff-sso/start', { authorityId: HELSINKI, returnTo: '/fi/virkailija', lang: 'fi' });
    const next = await browser.follow(again.body.authorizationUrl);
    expect(next.left).toBeUndefined();
    expect(next.page?.html).toContain(CITY_PERSONS.handler);
  });

  it('comes back to the desk’s sign-in page by default, and answers null after a password sign-in or without a session', async () => {
    const client = new ApiClient(server.url);
    expect((await signInThroughCity(client, CITY_PERSONS.admin)).status).toBe(200);
    const out = await client.post<{ logoutUrl: string }>('/api/auth/logout', {});
    expect(new URL(out.body.logoutUrl).searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/fi/virkailija`);

    const byPassword = new ApiClient(server.url);
    expect((await byPassword.loginStaff('handler.helsinki@kevyt.example', DEMO_PASSWORD)).status).toBe(200);
    expect((await byPassword.post('/api/auth/logout', { lang: 'fi', app: 'desk' })).body).toEqual({ logoutUrl: null });
    expect((await new ApiClient(server.url).post('/api/auth/logout')).body).toEqual({ logoutUrl: null });
    const bad = await new ApiClient(server.url).post<ApiErrorBody>('/api/auth/logout', { app: 'intranet' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f) => f.path)).toContain('app');
  });
});

describe('the authority admin’s group mappings', () => {
  it('shows the admin their own authority’s provider and mappings, seeded for the demo', async () => {
    const res = await (await staffOf(HELSINKI_ADMIN)).get<GroupMappings>('/api/staff-sso/mappings');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ configured: true, groupClaim: 'groups' });
    expect(res.body.mappings).toEqual(expect.arrayContaining([{ group: 'kevyt-helsinki-admins', role: 'admin' }, { group: 'kevyt-helsinki-designers', role: 'designer' }]));
    const rescue = await (await staffOf('admin.rescue-helsinki@kevyt.example')).get<GroupMappings>('/api/staff-sso/mappings');
    expect(rescue.body).toMatchObject({ configured: false, issuer: null });
    expect(rescue.body.mappings.map((m) => m.group)).not.toContain('kevyt-helsinki-admins');
  });

  it('adds, changes and removes a mapping, each audited; refuses bad input and an unknown group', async () => {
    const admin = await staffOf(HELSINKI_ADMIN);
    const added = await admin.put<GroupMappings>('/api/staff-sso/mappings', { group: 'hel-rakennusvalvonta', role: 'handler' });
    expect(added.body.mappings).toContainEqual({ group: 'hel-rakennusvalvonta', role: 'handler' });
    const changed = await admin.put<GroupMappings>('/api/staff-sso/mappings', { group: 'hel-rakennusvalvonta', role: 'designer' });
    expect(changed.body.mappings).toContainEqual({ group: 'hel-rakennusvalvonta', role: 'designer' });
    const removed = await admin.delete<GroupMappings>('/api/staff-sso/mappings?group=hel-rakennusvalvonta');
    expect(removed.body.mappings.map((m) => m.group)).not.toContain('hel-rakennusvalvonta');
    const audited = server.ctx.sqlite.prepare<[], { n: number }>("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'staff.sso.mapping.%' AND details_json LIKE '%hel-rakennusvalvonta%'").get();
    expect(audited?.n).toBe(3);

    const noRole = await admin.put<ApiErrorBody>('/api/staff-sso/mappings', { group: 'x', role: 'coordinator' });
    expect(noRole.status).toBe(422);
    expect(noRole.body.error.fields.map((f) => f.path)).toContain('role');
    const empty = await admin.put<ApiErrorBody>('/api/staff-sso/mappings', { group: '  ', role: 'handler' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.map((f) => f.path)).toContain('group');
    expect((await admin.delete<ApiErrorBody>('/api/staff-sso/mappings?group=never-mapped')).status).toBe(404);
  });

  it('refuses handlers and designers, and anyone not signed in', async () => {
    expect((await (await staffOf('handler.helsinki@kevyt.example')).get('/api/staff-sso/mappings')).status).toBe(403);
    expect((await (await staffOf('designer.helsinki@kevyt.example')).put('/api/staff-sso/mappings', { group: 'g', role: 'admin' })).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/staff-sso/mappings')).status).toBe(401);
  });
});

describe('an admin resets a person’s lost authenticator', { timeout: 120_000 }, () => {
  it('removes it for their own authority’s person, ends their sessions, and the person sets one up again at the next sign-in', async () => {
    const admin = await staffOf(HELSINKI_ADMIN);
    const added = await admin.post<{ id: number; temporaryPassword: string }>('/api/staff', { email: 'toinen.paakayttaja@hel.example', name: 'Toinen Pääkäyttäjä', role: 'admin' });
    expect(added.status).toBe(201);
    const person = new ApiClient(server.url);
    await person.loginStaff('toinen.paakayttaja@hel.example', added.body.temporaryPassword);
    expect((await person.get<StaffMe>('/api/auth/me')).body.twoFactor.enabled).toBe(true);
    expect((await admin.get<StaffMember[]>('/api/staff')).body.find((m) => m.id === added.body.id)?.twoFactorEnabled).toBe(true);

    const reset = await admin.post(`/api/staff/${added.body.id}/reset-second-factor`);
    expect(reset).toMatchObject({ status: 200, body: { id: added.body.id, twoFactorEnabled: false } });
    expect((await person.get('/api/auth/me')).status).toBe(401);
    const again = await new ApiClient(server.url).post<StaffMe>('/api/auth/login', { email: 'toinen.paakayttaja@hel.example', password: added.body.temporaryPassword });
    expect(again.body.twoFactor.step).toBe('enrol');
    const audit = server.ctx.sqlite.prepare<[string], { n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'staff.second_factor.reset' AND target_id = ?").get(String(added.body.id));
    expect(audit?.n).toBe(1);
    // Nothing left to reset.
    expect((await admin.post(`/api/staff/${added.body.id}/reset-second-factor`)).status).toBe(409);
  });

  it('lists whose authenticator one may reset: an admin their own authority’s people, a coordinator everyone’s, never oneself', async () => {
    const helsinki = await (await staffOf(HELSINKI_ADMIN)).get<Array<{ email: string; authority: { id: string } | null }>>('/api/staff/authenticators');
    expect(helsinki.status).toBe(200);
    expect(helsinki.body.every((p) => p.authority?.id === HELSINKI)).toBe(true);
    expect(helsinki.body.map((p) => p.email)).not.toContain(HELSINKI_ADMIN);
    const everyone = await (await staffOf('coordinator@kevyt.example')).get<Array<{ email: string }>>('/api/staff/authenticators');
    expect(everyone.body.map((p) => p.email)).toEqual(expect.arrayContaining([HELSINKI_ADMIN, 'admin.rescue-helsinki@kevyt.example', 'admin.espoo@kevyt.example']));
    expect(everyone.body.map((p) => p.email)).not.toContain('coordinator@kevyt.example');
    expect((await (await staffOf('handler.helsinki@kevyt.example')).get('/api/staff/authenticators')).status).toBe(403);
  });

  it('answers 404 for another authority’s person, 409 for one’s own account, 403 for a handler; a coordinator may reset anyone', async () => {
    const rescueAdmin = await server.ctx.repos.staff.byEmail('admin.rescue-helsinki@kevyt.example');
    const helsinkiAdmin = await server.ctx.repos.staff.byEmail(HELSINKI_ADMIN);
    const admin = await staffOf(HELSINKI_ADMIN);
    expect((await admin.post<ApiErrorBody>(`/api/staff/${rescueAdmin?.id}/reset-second-factor`)).status).toBe(404);
    expect((await admin.post<ApiErrorBody>('/api/staff/999999/reset-second-factor')).status).toBe(404);
    expect((await admin.post<ApiErrorBody>(`/api/staff/${helsinkiAdmin?.id}/reset-second-factor`)).status).toBe(409);
    expect((await (await staffOf('handler.helsinki@kevyt.example')).post(`/api/staff/${rescueAdmin?.id}/reset-second-factor`)).status).toBe(403);
    const coordinator = await staffOf('coordinator@kevyt.example');
    expect((await coordinator.post(`/api/staff/${rescueAdmin?.id}/reset-second-factor`)).status).toBe(200);
  });
});
