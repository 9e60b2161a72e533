/**
 * Whom a strongly identified person acts for, request by request. The choice is kept with the
 * session (ctx.repos.actingFor); every request that acts on it asks the mandates source again
 * whether the mandate still holds (a remote source through its short cache, cached-mandates.ts),
 * so a mandate that has ended stops access at the next request: the choice is dropped, the ending
 * audited, and the request refused with 403 mandate_ended. Choosing a company without a mandate is
 * refused (403 no_mandate or mandate_ended) and audited too. The henkilötunnus goes only to the
 * mandates source; the audit log names the person by their key.
 */
import type { Request } from 'express';
import { isValidBusinessId } from '../../form-library/formats/business-id';
import type { CustomerViewer } from '../../permissions/acting-for';
import type { PersonPrincipal } from '../auth/principals';
import { writeAudit } from '../audit/log';
import type { AppContext } from '../context';
import { HttpError, unauthenticated, unprocessable } from '../http/errors';
import type { ActingForChoice } from './acting-for-repository';
import { type Company, type Mandates, MandatesUnavailable } from './mandates';

export const MANDATE_REFUSALS = {
  strong_identification_required: [403, 'Acting for a company needs strong identification'],
  mandates_unavailable: [404, 'Mandates to act for a company are not available on this server, or their service could not be reached; try again later'],
  no_mandate: [403, 'You hold no mandate to act for this company'],
  mandate_ended: [403, 'Your mandate to act for this company has ended'],
} as const satisfies Record<string, readonly [403 | 404, string]>;

export type MandateRefusal = keyof typeof MANDATE_REFUSALS;

function refusal(code: MandateRefusal, fields: Array<{ path: string; message: string }> = []): HttpError {
  const [status, message] = MANDATE_REFUSALS[code];
  return new HttpError(status, code, message, fields);
}

function mandatesOf(ctx: AppContext): Mandates {
  if (!ctx.mandates) throw refusal('mandates_unavailable');
  return ctx.mandates;
}

/** Runs a question to the mandates source; a source that cannot answer refuses, never allows. */
async function ask<T>(ctx: AppContext, question: (mandates: Mandates) => Promise<T>): Promise<T> {
  try {
    return await question(mandatesOf(ctx));
  } catch (err) {
    if (err instanceof MandatesUnavailable) {
      await writeAudit(ctx, { actor: { kind: 'system' }, action: 'mandate.unavailable', targetType: 'mandates', targetId: ctx.mandates?.source ?? 'none', details: { message: err.message } });
      throw refusal('mandates_unavailable');
    }
    throw err;
  }
}

/** The person's kept choice, checked now: the company while its mandate holds, else refused (and forgotten). */
export async function checkedChoice(ctx: AppContext, person: PersonPrincipal): Promise<ActingForChoice | null> {
  const choice = await ctx.repos.actingFor.of(person.sessionId);
  if (!choice) return null;
  // A server restarted without mandates (MANDATES=off) can confirm none: the choice ends as if its mandate had.
  const standing = ctx.mandates ? await ask(ctx, (m) => m.check({ personalId: person.personalId }, choice.businessId)) : 'none';
  if (standing === 'holds') return choice;
  // The mandate held when chosen: whatever the source says now ("none" from a service that does not tell), it has ended.
  await ctx.repos.actingFor.clear(person.sessionId);
  await writeAudit(ctx, {
    actor: { kind: 'person', personKey: person.personKey }, action: 'mandate.ended', targetType: 'company', targetId: choice.businessId,
    details: { name: choice.name, chosenAt: choice.chosenAt },
  });
  throw refusal('mandate_ended');
}

/**
 * Who looks at the customer's side in this request: an e-mail customer, a person for themselves,
 * or a person for the company whose mandate they hold now (403 mandate_ended once it has ended).
 */
export async function customerViewerOf(ctx: AppContext, req: Request): Promise<CustomerViewer> {
  if (req.person) {
    const choice = await checkedChoice(ctx, req.person);
    return choice ? { kind: 'company', personKey: req.person.personKey, businessId: choice.businessId } : { kind: 'person', personKey: req.person.personKey };
  }
  if (req.customer) return { kind: 'email', email: req.customer.email };
  throw unauthenticated('Customer sign-in required');
}

export interface ActingForState {
  actingFor: { kind: 'self' } | { kind: 'company'; businessId: string; name: string };
  companies: Company[];
}

async function strongPersonOf(ctx: AppContext, req: Request): Promise<PersonPrincipal> {
  if (req.person) return req.person;
  await writeAudit(ctx, { actor: req.customer ? { kind: 'customer', email: req.customer.email } : { kind: 'system' }, action: 'mandate.refused', targetType: 'company', targetId: '', details: { code: 'strong_identification_required' } });
  throw refusal('strong_identification_required');
}

/** The person's choice (checked now) and the companies they may act for. */
export async function actingForState(ctx: AppContext, req: Request): Promise<ActingForState> {
  const person = await strongPersonOf(ctx, req);
  // Without a mandates source every person acts for themselves, and that is no error.
  if (!ctx.mandates) return { actingFor: { kind: 'self' }, companies: [] };
  const choice = await checkedChoice(ctx, person);
  const companies = await ask(ctx, (m) => m.companiesOf({ personalId: person.personalId }));
  return { actingFor: choice ? { kind: 'company', businessId: choice.businessId, name: choice.name } : { kind: 'self' }, companies };
}

/**
 * Chooses whom the person acts for: null = themselves; a Y-tunnus = that company, only while they
 * hold its mandate (403 no_mandate, or mandate_ended for one that has ended; both audited).
 */
export async function chooseActingFor(ctx: AppContext, req: Request, businessId: string | null): Promise<ActingForState> {
  const person = await strongPersonOf(ctx, req);
  if (businessId === null) {
    await ctx.repos.actingFor.clear(person.sessionId);
    await writeAudit(ctx, { actor: { kind: 'person', personKey: person.personKey }, action: 'mandate.act_for_self', targetType: 'person', targetId: person.personKey });
    return { actingFor: { kind: 'self' }, companies: ctx.mandates ? await ask(ctx, (m) => m.companiesOf({ personalId: person.personalId })) : [] };
  }
  if (!isValidBusinessId(businessId)) throw unprocessable('Not a Y-tunnus', [{ path: 'businessId', message: 'Must be a Y-tunnus with its check digit, such as 7001234-9' }]);
  const companies = await ask(ctx, (m) => m.companiesOf({ personalId: person.personalId }));
  const company = companies.find((c) => c.businessId === businessId);
  if (!company) {
    const standing = await ask(ctx, (m) => m.check({ personalId: person.personalId }, businessId));
    const code: MandateRefusal = standing === 'ended' ? 'mandate_ended' : 'no_mandate';
    await writeAudit(ctx, { actor: { kind: 'person', personKey: person.personKey }, action: 'mandate.refused', targetType: 'company', targetId: businessId, details: { code } });
    throw refusal(code, [{ path: 'businessId', message: MANDATE_REFUSALS[code][1] }]);
  }
  await ctx.repos.actingFor.choose(person.sessionId, { businessId: company.businessId, name: company.name, chosenAt: ctx.now().toISOString() });
  await writeAudit(ctx, { actor: { kind: 'person', personKey: person.personKey }, action: 'mandate.act_for', targetType: 'company', targetId: company.businessId, details: { name: company.name, source: mandatesOf(ctx).source } });
  return { actingFor: { kind: 'company', businessId: company.businessId, name: company.name }, companies };
}
