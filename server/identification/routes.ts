/** The identification routes (api-contract/identification.ts): start, complete, who, sign-out, client keys. */
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import { createSession, destroySession } from '../auth/sessions';
import { writeAudit } from '../audit/log';
import type { AppContext } from '../context';
import { requestLang } from '../cases/request-lang';
import { on } from '../http/contract-route';
import { notFound } from '../http/errors';
import { appLimiter, clientAddress, limitRequests } from '../limits/rate-limit';
import { clientJwks } from './client-key';
import { personKey } from './person-key';
import { beginStrongLogin, completeStrongLogin, providerLogoutUrl } from './strong-login';

export function identificationRoutes(ctx: AppContext): Router {
  const router = Router();
  const limiter = limitRequests(ctx, appLimiter(ctx, { name: 'identification', limit: 30, windowMs: 15 * 60_000, message: 'Too many identification attempts; wait a while and try again' }), {
    who: (req) => clientAddress(req),
  });

  on(router, API.identification.status, (req, res) => {
    res.json({
      identification: req.person ? 'strong' : req.customer ? 'email' : 'none',
      email: req.customer?.email ?? null,
      person: req.person ? { givenName: req.person.givenName, familyName: req.person.familyName, personalId: req.person.personalId } : null,
      strongAvailable: Boolean(ctx.identification?.relyingParty),
    });
  });

  on(router, API.identification.start, { before: [limiter] }, async (req, res, { body }) => {
    res.json({ authorizationUrl: await beginStrongLogin(ctx, req, res, body) });
  });

  on(router, API.identification.complete, { before: [limiter] }, async (req, res, { body }) => {
    const login = await completeStrongLogin(ctx, req, res, body.query);
    const key = personKey(ctx, login.person.personalId);
    await createSession(ctx, { kind: 'person', person: login.person, personKey: key }, req, res);
    // The person by their key: the henkilötunnus never goes into the audit log.
    await writeAudit(ctx, { actor: { kind: 'person', personKey: key }, action: 'identification.login', targetType: 'person', targetId: key, details: { identification: 'strong' } });
    res.json({ returnTo: login.returnTo, lang: login.lang, givenName: login.person.givenName, familyName: login.person.familyName });
  });

  on(router, API.identification.logout, async (req, res, { body }) => {
    const wasStrong = Boolean(req.person);
    await destroySession(ctx, 'customer', req, res);
    res.json({ logoutUrl: wasStrong ? await providerLogoutUrl(ctx, body.lang ?? requestLang(req)) : null });
  });

  on(router, API.identification.jwks, (_req, res) => {
    const rp = ctx.identification?.relyingParty;
    if (!rp) throw notFound('Strong identification is not configured on this server');
    res.json(clientJwks(rp.settings.clientKey, rp.settings.idTokenEncryption));
  });

  return router;
}
