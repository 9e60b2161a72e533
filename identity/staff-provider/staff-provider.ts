/**
 * A local stand-in for a city's own OpenID Connect provider (such as Helsinki's Entra ID), built on
 * `oidc-provider` like the customers' test provider (identity/test-provider) and sharing its signing
 * key handling and page helpers: staff single sign-on's embedded default, never started in
 * production (server/staff-sso/staff-sso-config.ts). It behaves as Entra ID does for a web app:
 * authorization code flow with PKCE, the client authenticating with a client secret
 * (`client_secret_basic`) or `private_key_jwt`, ID tokens signed (RS256) carrying the person's
 * name, email and `groups`, and ends its session when Kevyt asks (RP-initiated logout with
 * `id_token_hint`).
 *
 * People sign in on its own page: pick one of the made-up staff (staff-persons.ts). The page speaks
 * the same little protocol as the test provider's (POST /interaction/:uid/login with `person`, or
 * /abort), so tests drive both alike.
 */
import type { ClientMetadata } from 'oidc-provider';
import { staffProviderTexts } from '../../i18n/catalogs/staff-sso';
import { translator, type TextsOf } from '../../i18n/translate';
import type { Lang } from '../../languages/localized-text';
import { readForm, signOutPages, startLocalProvider, type EndpointCall, type Interaction, type RunningLocalProvider } from '../local-provider/local-provider';
import { escapeHtml, languageNav } from '../local-provider/page-basics';
import { GROUP_CLAIM, GROUPS_IN_TOKEN_LIMIT, HELSINKI_STAFF_PERSONS, type StaffPerson } from './staff-persons';

/** The stand-in's groups endpoint, in the shape of Microsoft Graph's POST /me/getMemberObjects. */
export const GROUPS_ENDPOINT_PATH = '/graph/v1.0/me/getMemberObjects';

export interface StaffProviderClient {
  clientId: string;
  clientName: string;
  /** client_secret_basic with this secret, or private_key_jwt with these public keys. */
  authentication: { secret: string } | { jwks: { keys: JsonWebKey[] } };
  redirectUris: string[];
  /** Where the browser may be sent back after the provider's own sign-out (RP-initiated logout). */
  postLogoutRedirectUris?: string[];
}

export interface StaffProviderOptions {
  host: string;
  /** 0 for any free port. */
  port: number;
  /** Where its signing key is kept (made at first start). */
  keyDir: string;
  clients: StaffProviderClient[];
  persons?: readonly StaffPerson[];
}

export type RunningStaffProvider = RunningLocalProvider;

type Texts = TextsOf<typeof staffProviderTexts>;

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#eef1f4;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:1rem 1.25rem 3rem;background:#fff}
.notice{border-left:4px solid #8a5a00;background:#fff7e6;padding:.5rem .75rem}
ul.persons{list-style:none;padding:0}ul.persons li{margin:.75rem 0}.groups{color:#444;margin:.25rem 0 0}
button{font:inherit;padding:.5rem 1rem;border:2px solid #0000bf;background:#0000bf;color:#fff;border-radius:4px;cursor:pointer}
button.secondary{background:#fff;color:#0000bf}
button:focus-visible,a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}nav ul{list-style:none;display:flex;gap:1rem;padding:0}`;

function page(lang: Lang, title: string, body: string, t: Texts, languageLink?: (lang: Lang) => string): string {
  const nav = languageLink ? languageNav(lang, t('language'), languageLink) : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${nav}${body}</main></body></html>`;
}

function loginPage(lang: Lang, uid: string, clientName: string, persons: readonly StaffPerson[], t: Texts): string {
  const action = (path: string) => `/interaction/${encodeURIComponent(uid)}/${path}?lang=${lang}`;
  const items = persons.map((p) => {
    const name = `${p.givenName} ${p.familyName}`;
    const groups = !p.groups ? t('noGroups')
      : p.groups.length > GROUPS_IN_TOKEN_LIMIT ? t('manyGroups', { count: p.groups.length })
      : t('groups', { groups: p.groups.join(', ') || '–' });
    return `<li><form method="post" action="${action('login')}"><input type="hidden" name="person" value="${escapeHtml(p.id)}">
<button type="submit" aria-describedby="groups-${escapeHtml(p.id)}">${escapeHtml(t('pickButton', { name }))}</button></form>
<p class="groups" id="groups-${escapeHtml(p.id)}">${escapeHtml(groups)}</p></li>`;
  }).join('');
  const body = `<h1>${escapeHtml(t('title'))}</h1>
<p class="notice">${escapeHtml(t('notice'))}</p>
<p>${escapeHtml(t('signingInTo', { client: clientName }))}</p>
<section aria-labelledby="pick-heading"><h2 id="pick-heading">${escapeHtml(t('pickHeading'))}</h2><ul class="persons">${items}</ul></section>
<form method="post" action="${action('abort')}"><p><button type="submit" class="secondary">${escapeHtml(t('cancel'))}</button></p></form>`;
  return page(lang, t('title'), body, t, (l) => `/interaction/${encodeURIComponent(uid)}?lang=${l}`);
}

function logoutPage(lang: Lang, form: string, t: Texts): string {
  const body = `<h1>${escapeHtml(t('logoutTitle'))}</h1><p>${escapeHtml(t('logoutQuestion'))}</p>${form}
<p><button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${escapeHtml(t('logoutYes'))}</button>
<button type="submit" form="op.logoutForm" class="secondary">${escapeHtml(t('logoutNo'))}</button></p>`;
  return page(lang, t('logoutTitle'), body, t);
}

function clientMetadata(c: StaffProviderClient): ClientMetadata {
  const auth = 'secret' in c.authentication
    ? { token_endpoint_auth_method: 'client_secret_basic' as const, client_secret: c.authentication.secret }
    : { token_endpoint_auth_method: 'private_key_jwt' as const, jwks: { keys: c.authentication.jwks.keys } };
  return {
    client_id: c.clientId,
    client_name: c.clientName,
    ...auth,
    redirect_uris: c.redirectUris,
    post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    id_token_signed_response_alg: 'RS256',
  };
}

function sendJson(res: EndpointCall['res'], status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Graph's answer to POST /me/getMemberObjects: the ids of the groups of the access token's person. */
async function memberObjects(call: EndpointCall, persons: readonly StaffPerson[]): Promise<void> {
  const { req, res } = call;
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: { code: 'Request_BadRequest', message: 'Use POST' } });
    return;
  }
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const accountId = bearer ? await call.accountOfAccessToken(bearer) : null;
  const person = persons.find((p) => p.id === accountId);
  if (!person) {
    sendJson(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is missing, unknown or expired' } });
    return;
  }
  sendJson(res, 200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)', value: person.groups ?? [] });
}

export async function startStaffProvider(opts: StaffProviderOptions): Promise<RunningStaffProvider> {
  const persons = opts.persons ?? HELSINKI_STAFF_PERSONS;
  // Known once it listens; the overage marker names the groups endpoint under it.
  let issuer = '';
  const errorPage = (lang: Lang, message?: string): string => {
    const t = translator(staffProviderTexts, lang);
    return page(lang, t('errorTitle'), `<h1>${escapeHtml(t('errorTitle'))}</h1>${message ? `<p>${escapeHtml(message)}</p>` : ''}`, t);
  };

  async function signInPage({ method, action, uid, lang, clientName, req, send, login }: Interaction): Promise<void> {
    if (method === 'GET' && action === undefined) {
      send(200, loginPage(lang, uid, clientName, persons, translator(staffProviderTexts, lang)));
      return;
    }
    if (method === 'POST' && action === 'login') {
      const picked = (await readForm(req)).get('person') ?? '';
      if (!persons.some((p) => p.id === picked)) throw new Error('no such test person');
      await login(picked);
      return;
    }
    send(404, errorPage(lang));
  }

  const running = await startLocalProvider({
    host: opts.host,
    port: opts.port,
    keyDir: opts.keyDir,
    clients: opts.clients.map(clientMetadata),
    scopes: ['openid', 'profile', 'email'],
    claims: { openid: ['sub', GROUP_CLAIM], profile: ['given_name', 'family_name', 'name'], email: ['email'] },
    features: {
      userinfo: { enabled: true },
      // As Entra ID's end-session endpoint: the person confirms, and is sent back to Kevyt's sign-in page.
      rpInitiatedLogout: signOutPages({
        confirm: (lang, form) => logoutPage(lang, form, translator(staffProviderTexts, lang)),
        done: (lang) => {
          const t = translator(staffProviderTexts, lang);
          return page(lang, t('logoutTitle'), `<h1>${escapeHtml(t('logoutTitle'))}</h1><p>${escapeHtml(t('loggedOut'))}</p>`, t);
        },
      }),
    },
    account(id) {
      const person = persons.find((p) => p.id === id);
      if (!person) return undefined;
      // The groups and names in the ID token itself, as Entra ID sends them; too many groups, and only where they are (Entra ID's overage claim).
      const overage = person.groups !== null && person.groups.length > GROUPS_IN_TOKEN_LIMIT;
      return {
        given_name: person.givenName,
        family_name: person.familyName,
        name: `${person.givenName} ${person.familyName}`,
        email: person.email,
        ...(person.groups && !overage ? { [GROUP_CLAIM]: person.groups } : {}),
        ...(overage ? { _claim_names: { [GROUP_CLAIM]: 'src1' }, _claim_sources: { src1: { endpoint: `${issuer}${GROUPS_ENDPOINT_PATH}` } } } : {}),
      };
    },
    endpoints: { [GROUPS_ENDPOINT_PATH]: (call) => memberObjects(call, persons) },
    interaction: signInPage,
    errorPage,
  });
  issuer = running.issuer;
  return running;
}
