/** POST /api/submissions: a customer sends a form (no sign-in needed). */
import type { RequestHandler } from 'express';
import { API } from '../../api-contract/routes';
import { LANGS } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { contractHandlers } from '../http/contract-route';
import { sendLimit } from './send-limits';
import { customerSessionOf } from '../auth/sessions';
import { submit, type SenderIdentity } from './submit';
import { checkedChoice } from '../mandates/acting-for';

/**
 * The handler of POST /api/submissions. server/app.ts mounts it on the app itself, behind
 * `directApiMiddleware`: the busiest route should not walk every router to be matched.
 */
export function sendSubmissionHandlers(ctx: AppContext): RequestHandler[] {
  const limit = sendLimit(ctx);
  // Every attempt counts, before its body is checked: a flood of bad sends is a flood too.
  const counted: RequestHandler = (req, _res, next) => {
    const taken = limit(req);
    if (taken) taken.then(() => next(), next);
    else next();
  };
  return contractHandlers(API.submissions.send, { before: [counted] }, async (req, res, { body, query }) => {
    const queryLang = query.lang;
    const lang = body.lang ?? LANGS.find((l) => l === queryLang) ?? 'fi';
    // The session is read only when the request carries a customer cookie (most sends carry none).
    const { customer, person } = await customerSessionOf(ctx, req);
    // A person acting for a company: its mandate is checked now, before anything is stored (403 mandate_ended).
    const choice = person ? await checkedChoice(ctx, person) : null;
    const identity = (): SenderIdentity => {
      if (person) return { identification: 'strong', person, personKey: person.personKey, actingFor: choice && { businessId: choice.businessId, name: choice.name } };
      if (customer) return { identification: 'email', email: customer.email };
      return { identification: 'none' };
    };
    const result = await submit(ctx, { ...body, lang, identity });
    // Written directly rather than through res.status().json(): Express would validate the status,
    // look the type up, parse it again to add the charset and recount the length on every send.
    // The headers are the same (Node adds Content-Length for a body given whole to end()).
    res.statusCode = result.created ? 201 : 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(result.receipt));
  });
}
