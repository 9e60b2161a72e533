/**
 * A local OpenID Connect provider on `oidc-provider`, for development and tests only: what the
 * customers' test provider (identity/test-provider) and the city staff stand-in
 * (identity/staff-provider) share. It listens on its own port, signs ID tokens with a key kept in
 * `keyDir` (RS256), requires PKCE, asks no consent (first-party clients), and hands its
 * interactions (the sign-in page) to the caller: each provider has its own people and page.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Lang } from '../../languages/localized-text';
import { pageLang } from './page-basics';
import { providerSigningKey } from './provider-keys';

/** One interaction (the sign-in page) as the caller's page handler sees it. */
export interface Interaction {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  /** undefined: the page itself; 'login', 'abort' or another of the page's own posts. */
  action: string | undefined;
  uid: string;
  lang: Lang;
  clientName: string;
  send(status: number, html: string): void;
  /** The person signed in: back to the client with a code. */
  login(accountId: string): Promise<void>;
}

export interface LocalProviderOptions {
  host: string;
  /** 0 for any free port. */
  port: number;
  /** Where its signing key is kept (made at first start). */
  keyDir: string;
  /** Overrides the issuer URL (default: http://host:port). */
  issuer?: string;
  clients: ClientMetadata[];
  scopes: string[];
  claims: NonNullable<Configuration['claims']>;
  /** Features beyond the defaults (devInteractions off). */
  features?: Configuration['features'];
  /** The claims of an account, or undefined for none such. */
  account(id: string): Record<string, unknown> | undefined;
  /** The sign-in page: shows, takes the person, or answers 404 for what it does not know. */
  interaction(step: Interaction): Promise<void>;
  /** A page saying what went wrong, in the language. */
  errorPage(lang: Lang, message?: string): string;
  /** Endpoints of the provider's own beyond OpenID Connect's, by path (e.g. a groups API that takes its access tokens). */
  endpoints?: Record<string, (call: EndpointCall) => Promise<void>>;
}

/** A call to one of the provider's own endpoints. */
export interface EndpointCall {
  req: IncomingMessage;
  res: ServerResponse;
  /** The account an access token of this provider was issued for, or null for a token it does not know or that has expired. */
  accountOfAccessToken(token: string): Promise<string | null>;
}

export interface RunningLocalProvider {
  issuer: string;
  close(): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
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

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

export async function startLocalProvider(opts: LocalProviderOptions): Promise<RunningLocalProvider> {
  const server: Server = createServer();
  server.listen(opts.port, opts.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const issuer = opts.issuer ?? `http://${opts.host}:${address.port}`;

  const configuration: Configuration = {
    clients: opts.clients,
    jwks: { keys: [providerSigningKey(opts.keyDir)] },
    pkce: { required: () => true },
    scopes: opts.scopes,
    claims: opts.claims,
    // The claims in the ID token itself, as the Finnish brokers and Entra ID send them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, ...opts.features },
    async renderError(ctx, _out, error) {
      ctx.type = 'html';
      ctx.body = opts.errorPage(pageLang(ctx.get('accept-language')), error instanceof Error ? error.message : String(error));
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // First-party: no consent screen; the grant covers the scopes the provider has.
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
      grant.addOIDCScope(opts.scopes.join(' '));
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, id) {
      const claims = opts.account(id);
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
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
    const clientId = typeof details.params.client_id === 'string' ? details.params.client_id : '';
    const clientName = opts.clients.find((c) => c.client_id === clientId)?.client_name ?? clientId;
    if (req.method === 'POST' && action === 'abort') {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled' }, { mergeWithLastSubmission: false });
      return;
    }
    await opts.interaction({
      req, res, method: req.method ?? 'GET', action, uid, lang, clientName,
      send: (status, html) => sendHtml(res, status, html),
      login: (accountId) => provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false }).then(() => undefined),
    });
  }

  async function accountOfAccessToken(value: string): Promise<string | null> {
    const token = await provider.AccessToken.find(value);
    return token && !token.isExpired ? token.accountId : null;
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
      return;
    }
    const endpoint = opts.endpoints?.[url.pathname];
    if (endpoint) {
      endpoint({ req, res, accountOfAccessToken }).catch(() => {
        if (!res.headersSent) sendHtml(res, 500, opts.errorPage('en'));
      });
      return;
    }
    if (url.pathname.startsWith('/interaction/')) {
      interaction(req, res, url).catch((err: unknown) => {
        const lang = pageLang(url.searchParams.get('lang') ?? undefined);
        const message = isRecord(err) && typeof err.error_description === 'string' ? err.error_description : undefined;
        if (!res.headersSent) sendHtml(res, 400, opts.errorPage(lang, message));
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

/**
 * RP-initiated logout with the provider's own pages, in the language the relying party asked for
 * (`ui_locales`): `confirm` around oidc-provider's form, `done` after the session ended.
 */
export function signOutPages(pages: { confirm(lang: Lang, form: string): string; done(lang: Lang): string }) {
  const langOf = (ctx: KoaContextWithOIDC) => pageLang(String(ctx.oidc.params?.ui_locales ?? ''));
  return {
    enabled: true,
    logoutSource(ctx: KoaContextWithOIDC, form: string) {
      ctx.type = 'html';
      ctx.body = pages.confirm(langOf(ctx), form);
    },
    postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
      ctx.type = 'html';
      ctx.body = pages.done(langOf(ctx));
    },
  };
}
