/**
 * A local stand-in for a city's own OpenID Connect provider (such as Helsinki's Entra ID), built on
 * `oidc-provider` like the customers' test provider (identity/test-provider) and sharing its signing
 * key handling and page helpers: staff single sign-on's embedded default, never started in
 * production (server/staff-sso/staff-sso-config.ts). It behaves as Entra ID does for a web app:
 * authorization code flow with PKCE, the client authenticating with a client secret
 * (`client_secret_basic`) or `private_key_jwt`, ID tokens signed (RS256) carrying the person's
 * name, email and `groups`.
 *
 * People sign in on its own page: pick one of the made-up staff (staff-persons.ts). The page speaks
 * the same little protocol as the test provider's (POST /interaction/:uid/login with `person`, or
 * /abort), so tests drive both alike.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata, type Configuration } from 'oidc-provider';
import { staffProviderTexts } from '../../i18n/catalogs/staff-sso';
import { translator, type TextsOf } from '../../i18n/translate';
import { LANGS, type Lang } from '../../languages/localized-text';
import { escapeHtml, pageLang } from '../test-provider/pages';
import { providerSigningKey } from '../test-provider/provider-keys';
import { GROUP_CLAIM, HELSINKI_STAFF_PERSONS, type StaffPerson } from './staff-persons';

export interface StaffProviderClient {
  clientId: string;
  clientName: string;
  /** client_secret_basic with this secret, or private_key_jwt with these public keys. */
  authentication: { secret: string } | { jwks: { keys: JsonWebKey[] } };
  redirectUris: string[];
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

export interface RunningStaffProvider {
  issuer: string;
  close(): Promise<void>;
}

type Texts = TextsOf<typeof staffProviderTexts>;

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#eef1f4;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:1rem 1.25rem 3rem;background:#fff}
.notice{border-left:4px solid #8a5a00;background:#fff7e6;padding:.5rem .75rem}
ul.persons{list-style:none;padding:0}ul.persons li{margin:.75rem 0}.groups{color:#444;margin:.25rem 0 0}
button{font:inherit;padding:.5rem 1rem;border:2px solid #0000bf;background:#0000bf;color:#fff;border-radius:4px;cursor:pointer}
button.secondary{background:#fff;color:#0000bf}
button:focus-visible,a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}nav ul{list-style:none;display:flex;gap:1rem;padding:0}`;

function page(lang: Lang, title: string, body: string, t: Texts, languageLink?: (lang: Lang) => string): string {
  const nav = languageLink
    ? `<nav aria-label="${escapeHtml(t('language'))}"><ul>${LANGS.map((l) =>
        `<li><a href="${escapeHtml(languageLink(l))}" lang="${l}"${l === lang ? ' aria-current="page"' : ''}>${{ fi: 'Suomeksi', sv: 'På svenska', en: 'In English' }[l]}</a></li>`).join('')}</ul></nav>`
    : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${nav}${body}</main></body></html>`;
}

function loginPage(lang: Lang, uid: string, clientName: string, persons: readonly StaffPerson[], t: Texts): string {
  const action = (path: string) => `/interaction/${encodeURIComponent(uid)}/${path}?lang=${lang}`;
  const items = persons.map((p) => {
    const name = `${p.givenName} ${p.familyName}`;
    const groups = p.groups ? t('groups', { groups: p.groups.join(', ') || '–' }) : t('noGroups');
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

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > 16_384) throw new Error('form too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
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
    response_types: ['code'],
    grant_types: ['authorization_code'],
    id_token_signed_response_alg: 'RS256',
  };
}

export async function startStaffProvider(opts: StaffProviderOptions): Promise<RunningStaffProvider> {
  const persons = opts.persons ?? HELSINKI_STAFF_PERSONS;
  const server: Server = createServer();
  server.listen(opts.port, opts.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const issuer = `http://${opts.host}:${address.port}`;

  const configuration: Configuration = {
    clients: opts.clients.map(clientMetadata),
    jwks: { keys: [providerSigningKey(opts.keyDir)] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email'],
    claims: { openid: ['sub', GROUP_CLAIM], profile: ['given_name', 'family_name', 'name'], email: ['email'] },
    // The groups and names in the ID token itself, as Entra ID sends them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, userinfo: { enabled: true } },
    async renderError(ctx, _out, error) {
      const lang = pageLang(ctx.get('accept-language'));
      const t = translator(staffProviderTexts, lang);
      ctx.type = 'html';
      ctx.body = page(lang, t('errorTitle'), `<h1>${escapeHtml(t('errorTitle'))}</h1><p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`, t);
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // First-party: no consent screen.
    async loadExistingGrant(ctx) {
      const client = ctx.oidc.client;
      const session = ctx.oidc.session;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, id) {
      const person = persons.find((p) => p.id === id);
      if (!person) return undefined;
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            given_name: person.givenName,
            family_name: person.familyName,
            name: `${person.givenName} ${person.familyName}`,
            email: person.email,
            ...(person.groups ? { [GROUP_CLAIM]: person.groups } : {}),
          };
        },
      };
    },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    ttl: { AuthorizationCode: 60, IdToken: 600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  };
  const provider = new Provider(issuer, configuration);
  const oidcHandler = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const [, , uid, action] = url.pathname.split('/');
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const lang = pageLang(url.searchParams.get('lang') ?? undefined, String(details.params.ui_locales ?? ''));
    const t = translator(staffProviderTexts, lang);
    const clientId = typeof details.params.client_id === 'string' ? details.params.client_id : '';
    const clientName = opts.clients.find((c) => c.clientId === clientId)?.clientName ?? clientId;
    if (req.method === 'GET' && action === undefined) {
      sendHtml(res, 200, loginPage(lang, uid, clientName, persons, t));
      return;
    }
    if (req.method === 'POST' && action === 'abort') {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled' }, { mergeWithLastSubmission: false });
      return;
    }
    if (req.method === 'POST' && action === 'login') {
      const picked = (await readForm(req)).get('person') ?? '';
      if (!persons.some((p) => p.id === picked)) throw new Error('no such test person');
      await provider.interactionFinished(req, res, { login: { accountId: picked } }, { mergeWithLastSubmission: false });
      return;
    }
    sendHtml(res, 404, page(lang, t('errorTitle'), `<h1>${escapeHtml(t('errorTitle'))}</h1>`, t));
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (url.pathname.startsWith('/interaction/')) {
      interaction(req, res, url).catch(() => {
        const lang = pageLang(url.searchParams.get('lang') ?? undefined);
        const t = translator(staffProviderTexts, lang);
        if (!res.headersSent) sendHtml(res, 400, page(lang, t('errorTitle'), `<h1>${escapeHtml(t('errorTitle'))}</h1>`, t));
      });
      return;
    }
    void oidcHandler(req, res);
  });

  return {
    issuer,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
