/**
 * The API key of a request: `loadApiKey` (with the context) finds the key a request names, and
 * `requireApiKey(scope)` (the contract's `apiKey` access) lets it through or answers 401 / 403,
 * auditing every use and every refusal of a real key. Handlers read `apiKeyOf(req)`.
 */
import type { Request, RequestHandler } from 'express';
import type { ApiKeyScope } from '../../permissions/permissions';
import type { AppContext } from '../context';
import { forbidden, unauthenticated } from '../http/errors';
import type { ApiKeyRow } from './api-key-repository';
import { keyDecision, readApiKey } from './api-keys';

/** What a request's key is allowed as, for the handler: its authority and how to audit what it did. */
export interface ApiKeyPrincipal {
  id: string;
  authorityId: string;
  /** Writes one audit row of this key's use (and notes its last use). */
  audit(action: string, targetType: string, targetId: string | number, details?: unknown): Promise<void>;
}

interface ApiKeyAttempt {
  key: ApiKeyRow | undefined;
  secret: string;
  now: Date;
  audit: ApiKeyPrincipal['audit'];
}

declare global {
  namespace Express {
    interface Request {
      /** The key a request names (loadApiKey); null when it names none. */
      apiKeyAttempt?: ApiKeyAttempt | null;
      apiKey?: ApiKeyPrincipal;
    }
  }
}

export function loadApiKey(ctx: AppContext): RequestHandler {
  return async (req, _res, next) => {
    // Read once per request, however many routers mounted the guard.
    if (req.apiKeyAttempt !== undefined) return next();
    const read = readApiKey(req.get('authorization'));
    if (!read) {
      req.apiKeyAttempt = null;
      return next();
    }
    const key = await ctx.repos.apiKeys.byId(read.id);
    const now = ctx.now();
    req.apiKeyAttempt = {
      key,
      secret: read.secret,
      now,
      audit: (action, targetType, targetId, details) =>
        ctx.repos.apiKeys.recordUse(read.id, now.toISOString(), { at: now.toISOString(), actor: { kind: 'apiKey', keyId: read.id }, action, targetType, targetId, details }),
    };
    next();
  };
}

export function requireApiKey(scope: ApiKeyScope): RequestHandler {
  return async (req, _res, next) => {
    const attempt = req.apiKeyAttempt;
    if (!attempt) return next(unauthenticated('An API key is required (Authorization: Bearer kvt_…)'));
    const decision = keyDecision(attempt.key, attempt.secret, { scope, ip: req.ip ?? '', now: attempt.now });
    if (!decision.ok) {
      if (decision.status === 401) return next(unauthenticated(`The API key is ${decision.reason === 'unknown' ? 'not valid' : decision.reason}`));
      await attempt.audit('integration.refused', 'api_key', attempt.key?.id ?? '', { reason: decision.reason, scope, path: req.path });
      return next(forbidden(decision.reason === 'scope' ? `The API key lacks the scope ${scope}` : 'The API key is not allowed from this address'));
    }
    const key = attempt.key as ApiKeyRow;
    req.apiKey = { id: key.id, authorityId: key.authorityId, audit: attempt.audit };
    next();
  };
}

/** The key of a request that passed requireApiKey. */
export function apiKeyOf(req: Request): ApiKeyPrincipal {
  if (!req.apiKey) throw unauthenticated('An API key is required (Authorization: Bearer kvt_…)');
  return req.apiKey;
}
