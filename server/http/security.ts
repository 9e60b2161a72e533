/**
 * Security middleware: helmet headers with a CSP for the built apps, cookie parsing, the 1 MB JSON
 * body limit and CSRF protection (csrf-csrf double submit). The CSRF token is bound to a random
 * `kevyt_sid` cookie that every browser gets, signed in or not, so the token stays valid across
 * staff and customer sign-in.
 */
import { randomBytes } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import express, { Router, type Request, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppContext } from '../context';
import { HttpError } from './errors';
import { API } from '../../api-contract/routes';
import { on } from './contract-route';
import { CUSTOMER_COOKIE } from '../auth/sessions';
import { API_REFERENCE_STYLE_ELEMENTS, isApiDocsPath } from './api-reference-style';

export const SID_COOKIE = 'kevyt_sid';
export const CSRF_COOKIE = 'kevyt_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const JSON_LIMIT = '1mb';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The builder's pages (the designer's live preview), the one app allowed to compile code. */
export function isBuilderPath(path: string): boolean {
  return path === '/builder' || path.startsWith('/builder/');
}

/** The inline styles one page's document allows: `<style>` elements of these hashes, and style attributes. */
interface InlineStyles {
  elements: readonly string[];
}

function helmetWith(ctx: AppContext, scriptSrc: string[], inlineStyles?: InlineStyles): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc,
        styleSrc: ["'self'"],
        ...(inlineStyles
          ? { styleSrcElem: ["'self'", ...inlineStyles.elements], styleSrcAttr: ["'unsafe-inline'"] }
          : {}),
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Upgrading would break a plain-http loopback server; only ask for it where cookies are Secure.
        ...(ctx.config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: ctx.config.cookieSecure ? { maxAge: 15552000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
}

/**
 * Helmet headers with a CSP chosen by path. Scripts come only from this origin, never inline, and
 * the customer pages and the handler desk (everything outside /builder) may not compile code
 * either: their forms validate with checks the server compiled ahead (GET .../validator.js,
 * server/forms/), and rjsf's own validator is never asked to compile
 * (runtime/form-renderer/registry.ts). Only the builder keeps 'unsafe-eval': its live preview
 * validates drafts that change with every edit, so ajv compiles them in the page. The builder's API
 * documentation page alone also allows the inline styles of the API reference it shows
 * (api-reference-style.ts); its scripts are as strict as the rest of the builder's.
 */
export function helmetMiddleware(ctx: AppContext): RequestHandler {
  const strict = strictHelmet(ctx);
  const builderScripts = ["'self'", "'unsafe-eval'"];
  const builder = helmetWith(ctx, builderScripts);
  const apiDocs = helmetWith(ctx, builderScripts, { elements: API_REFERENCE_STYLE_ELEMENTS });
  return (req, res, next) => (isApiDocsPath(req.path) ? apiDocs : isBuilderPath(req.path) ? builder : strict)(req, res, next);
}

/** The headers of every path outside /builder (the API among them). */
export function strictHelmet(ctx: AppContext): RequestHandler {
  return helmetWith(ctx, ["'self'"]);
}

function sidOf(req: Request): string {
  const cookies: unknown = req.cookies;
  if (typeof cookies === 'object' && cookies !== null) {
    const sid = (cookies as Record<string, unknown>)[SID_COOKIE];
    if (typeof sid === 'string' && /^[A-Za-z0-9_-]{20,64}$/.test(sid)) return sid;
  }
  return '';
}

export interface Csrf {
  /** Rejects unsafe methods without a valid X-CSRF-Token (403 csrf). */
  protect: RequestHandler;
  /** GET /api/csrf → { token }. */
  routes: Router;
}

export function csrfProtection(ctx: AppContext): Csrf {
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: ctx.config.cookieSecure, path: '/' };
  const { generateCsrfToken, validateRequest } = doubleCsrf({
    getSecret: () => ctx.config.csrfSecret,
    getSessionIdentifier: sidOf,
    cookieName: CSRF_COOKIE,
    cookieOptions,
    getCsrfTokenFromRequest: (req) => {
      const header = req.headers[CSRF_HEADER];
      return typeof header === 'string' ? header : null;
    },
  });

  const protect: RequestHandler = (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (sidOf(req) === '' || !validateRequest(req))
      return next(new HttpError(403, 'csrf', 'Missing or invalid CSRF token: GET /api/csrf and send it in X-CSRF-Token'));
    next();
  };

  const routes = Router();
  on(routes, API.auth.csrf, (req, res) => {
    if (sidOf(req) === '') {
      const sid = randomBytes(24).toString('base64url');
      res.cookie(SID_COOKIE, sid, cookieOptions);
      // The token below must bind to the cookie we are setting in this same response.
      (req.cookies as Record<string, string>)[SID_COOKIE] = sid;
    }
    res.set('Cache-Control', 'no-store');
    res.json({ token: generateCsrfToken(req, res, { overwrite: false, validateOnReuse: false }) });
  });

  return { protect, routes };
}

/** Every /api answer is Cache-Control: no-store (see server/app.ts). */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

export function securityMiddleware(ctx: AppContext): RequestHandler[] {
  return [helmetMiddleware(ctx), cookieParser(), express.json({ limit: JSON_LIMIT })];
}

/**
 * What an API route mounted straight on the app (ahead of the general chain, see server/app.ts)
 * goes through: the same headers, cookies, JSON body limit, no-store and CSRF check as every other
 * /api route, only without walking the middleware and routers in between.
 */
export function directApiMiddleware(ctx: AppContext, csrf: Csrf): RequestHandler[] {
  // The customer cookie too: a service that asks for identification reads the sender's session.
  return [strictHelmet(ctx), directCookies([SID_COOKIE, CSRF_COOKIE, CUSTOMER_COOKIE]), express.json({ limit: JSON_LIMIT }), noStore, csrf.protect];
}

/**
 * `req.cookies` with only `names`, parsed by the same `cookie.parse` cookie-parser uses (the first
 * of a repeated name wins, quotes dropped, %-escapes undone): a route that reads no other cookie
 * need not keep (and JSON-probe) every one the browser sends.
 */
export function directCookies(names: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    const cookies: Record<string, string> = Object.create(null) as Record<string, string>;
    const header = req.headers.cookie;
    if (header) {
      const parsed = parseCookies(header);
      for (const name of names) if (Object.hasOwn(parsed, name)) cookies[name] = parsed[name] as string;
    }
    req.cookies = cookies;
    next();
  };
}
