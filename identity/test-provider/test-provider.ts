/**
 * A local OpenID Connect provider for development and tests, built on `oidc-provider`: the
 * embedded default of strong identification (DESIGN.md "Identification"), never started in
 * production (server/identification/identification-config.ts refuses it). It behaves as the Finnish
 * identification brokers require of their clients: authorization code flow only, PKCE (S256) required,
 * clients authenticate with `private_key_jwt`, ID tokens signed (RS256) and carrying the
 * person's names and henkilötunnus (`hetu`), RP-initiated logout.
 *
 * People sign in on its own page (pages.ts): pick one of the test persons or type one (a valid
 * test henkilötunnus, individual number 900–999).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { identityTexts } from '../../i18n/catalogs/identity';
import { translator } from '../../i18n/translate';
import { isValidPersonalId } from '../../form-library/formats/personal-id';
import { loginPage, logoutPage, messagePage, pageLang, type TypedPersonErrors, type TypedPersonInput } from './pages';
import { providerSigningKey } from './provider-keys';
import { isTestPersonalId, TEST_PERSONS, type TestPerson } from './test-persons';

/** The claim names the provider issues the henkilötunnus under (the client may ask for either). */
export const PERSONAL_ID_CLAIM = 'hetu';

export interface TestClient {
  clientId: string;
  clientName: string;
  /** The client's public keys, for `private_key_jwt`. */
  jwks: { keys: JsonWebKey[] };
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface TestProviderOptions {
  host: string;
  /** 0 for any free port. */
  port: number;
  /** Where its signing key is kept (made at first start). */
  keyDir: string;
  clients: TestClient[];
  /** Overrides the issuer URL (default: http://host:port). */
  issuer?: string;
}

export interface RunningTestProvider {
  issuer: string;
  close(): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

function checkTyped(input: TypedPersonInput, t: ReturnType<typeof translator<keyof typeof identityTexts.fi & string>>): TypedPersonErrors {
  const errors: TypedPersonErrors = {};
  if (!input.givenName) errors.givenName = t('errorRequired');
  if (!input.familyName) errors.familyName = t('errorRequired');
  if (!input.personalId) errors.personalId = t('errorRequired');
  else if (!isTestPersonalId(input.personalId, (code) => isValidPersonalId(code))) errors.personalId = t('errorPersonalId');
  return errors;
}

export async function startTestIdentityProvider(opts: TestProviderOptions): Promise<RunningTestProvider> {
  const server: Server = createServer();
  server.listen(opts.port, opts.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const issuer = opts.issuer ?? `http://${opts.host}:${address.port}`;

  // People typed on the sign-in page, for this run only.
  const typedPersons = new Map<string, TestPerson>();
  const personById = (id: string): TestPerson | undefined => TEST_PERSONS.find((p) => p.id === id) ?? typedPersons.get(id);

  const configuration: Configuration = {
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_name: c.clientName,
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: { keys: c.jwks.keys },
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      id_token_signed_response_alg: 'RS256',
    })),
    jwks: { keys: [providerSigningKey(opts.keyDir)] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', PERSONAL_ID_CLAIM],
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'name'],
      [PERSONAL_ID_CLAIM]: [PERSONAL_ID_CLAIM],
    },
    // The names and the henkilötunnus in the ID token itself, as the brokers send them.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx: KoaContextWithOIDC, form: string) {
          const lang = pageLang(String(ctx.oidc.params?.ui_locales ?? ''));
          ctx.type = 'html';
          ctx.body = logoutPage(lang, form, translator(identityTexts, lang));
        },
        postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          const lang = pageLang(String(ctx.oidc.params?.ui_locales ?? ''));
          const t = translator(identityTexts, lang);
          ctx.type = 'html';
          ctx.body = messagePage(lang, t('logoutTitle'), t('loggedOut'), t);
        },
      },
    },
    async renderError(ctx, _out, error) {
      const lang = pageLang(ctx.get('accept-language'));
      const t = translator(identityTexts, lang);
      ctx.type = 'html';
      ctx.body = messagePage(lang, t('errorTitle'), error instanceof Error ? error.message : String(error), t);
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // First-party: no consent screen; the grant covers what the client asked for.
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
      grant.addOIDCScope(`openid profile ${PERSONAL_ID_CLAIM}`);
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, id) {
      const person = personById(id);
      if (!person) return undefined;
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            given_name: person.givenName,
            family_name: person.familyName,
            name: `${person.givenName} ${person.familyName}`,
            ...(person.personalId ? { [PERSONAL_ID_CLAIM]: person.personalId } : {}),
          };
        },
      };
    },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    ttl: { AuthorizationCode: 60, IdToken: 600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  };
  const provider = new Provider(issuer, configuration);
  // Behind no proxy: it sees the client's own connection.
  const oidcHandler = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const [, , uid, action] = url.pathname.split('/');
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const lang = pageLang(url.searchParams.get('lang') ?? undefined, String(details.params.ui_locales ?? ''));
    const t = translator(identityTexts, lang);
    const clientId = typeof details.params.client_id === 'string' ? details.params.client_id : '';
    const clientName = opts.clients.find((c) => c.clientId === clientId)?.clientName ?? clientId;
    if (req.method === 'GET' && action === undefined) {
      sendHtml(res, 200, loginPage({ lang, uid, clientName, persons: TEST_PERSONS }, t));
      return;
    }
    if (req.method === 'POST' && action === 'abort') {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled' }, { mergeWithLastSubmission: false });
      return;
    }
    if (req.method === 'POST' && action === 'login') {
      const form = await readForm(req);
      const picked = form.get('person');
      let accountId: string;
      if (picked) {
        if (!TEST_PERSONS.some((p) => p.id === picked)) throw new Error('no such test person');
        accountId = picked;
      } else {
        const typed: TypedPersonInput = {
          givenName: (form.get('givenName') ?? '').trim().slice(0, 100),
          familyName: (form.get('familyName') ?? '').trim().slice(0, 100),
          personalId: (form.get('personalId') ?? '').trim().toUpperCase().slice(0, 11),
        };
        const errors = checkTyped(typed, t);
        if (Object.keys(errors).length) {
          sendHtml(res, 422, loginPage({ lang, uid, clientName, persons: TEST_PERSONS, typed, errors }, t));
          return;
        }
        accountId = `typed-${randomBytes(9).toString('base64url')}`;
        typedPersons.set(accountId, { id: accountId, givenName: typed.givenName, familyName: typed.familyName, personalId: typed.personalId });
      }
      await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      return;
    }
    sendHtml(res, 404, messagePage(lang, t('errorTitle'), 'Not found', t));
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (url.pathname.startsWith('/interaction/')) {
      interaction(req, res, url).catch((err: unknown) => {
        const lang = pageLang(url.searchParams.get('lang') ?? undefined);
        const t = translator(identityTexts, lang);
        const message = isRecord(err) && typeof err.error_description === 'string' ? err.error_description : t('errorTitle');
        if (!res.headersSent) sendHtml(res, 400, messagePage(lang, t('errorTitle'), message, t));
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
