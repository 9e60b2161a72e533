/**
 * Mandates from the Suomi.fi mandates service (Suomi.fi-valtuudet) through its Web API, the
 * organisation queries ("ypa": a person acting for a company), as DVV's interface description
 * gives them:
 *
 * - `GET /service/ypa/user/register/{clientId}/{henkilötunnus}?requestId=…` registers the person
 *   and answers `{ sessionId, userId }`;
 * - `GET /service/ypa/api/organizationRoles/{sessionId}?requestId=…` answers the companies the
 *   person may act for, `[{ name, identifier, complete, roles: [...] }]` (`identifier`: Y-tunnus);
 * - `GET /service/ypa/api/authorization/{sessionId}/{businessId}?requestId=…` answers
 *   `{ result: 'ALLOWED' | 'DISALLOWED', principalId, reasons }`: whether the mandate holds now.
 *
 * Every call carries `X-AsiointivaltuudetAuthorization: {clientId} {timestamp} {checksum}`, the
 * checksum being the Base64 HMAC-SHA256, under the API key, of the call's path and query and the
 * timestamp joined by a space. A `401` means the Web API session expired: the person is registered
 * again, once. Any other failure is `MandatesUnavailable`, never a guess that a mandate holds.
 * The browser step of the Web API (its selection page behind OAuth) is not used: Kevyt lists the
 * companies itself.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { isValidBusinessId } from '../../form-library/formats/business-id';
import { type Company, type MandatePerson, type Mandates, type MandateStanding, MandatesUnavailable } from './mandates';

export interface SuomifiMandatesSettings {
  /** The Web API's base URL, e.g. https://asiointivaltuustarkastus.suomi.fi. */
  baseUrl: string;
  /** The Web API client id the service was registered with. */
  clientId: string;
  /** The API key (shared secret) of the checksum. */
  apiKey: string;
  /** How long one call may take. */
  timeoutMs?: number;
}

/** The checksum header's value for a call of `pathAndQuery` at `timestamp` (ISO 8601). */
export function authorizationHeader(settings: Pick<SuomifiMandatesSettings, 'clientId' | 'apiKey'>, pathAndQuery: string, timestamp: string): string {
  const checksum = createHmac('sha256', settings.apiKey).update(`${pathAndQuery} ${timestamp}`).digest('base64');
  return `${settings.clientId} ${timestamp} ${checksum}`;
}

class SessionExpired extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The companies of an organizationRoles answer; entries without a valid Y-tunnus are left out. */
export function companiesOfRoles(body: unknown): Company[] {
  if (!Array.isArray(body)) throw new MandatesUnavailable('The mandates service answered organizationRoles with something other than a list');
  const out = new Map<string, Company>();
  for (const entry of body) {
    if (!isRecord(entry) || typeof entry.identifier !== 'string') continue;
    const businessId = entry.identifier.trim();
    if (!isValidBusinessId(businessId)) continue;
    const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim().slice(0, 200) : businessId;
    out.set(businessId, { businessId, name });
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

export function suomifiMandates(settings: SuomifiMandatesSettings): Mandates {
  const base = settings.baseUrl.replace(/\/+$/, '');
  // The Web API session of each person, kept while it lasts (it expires on the service's side: then 401).
  const sessions = new Map<string, string>();

  async function call(path: string): Promise<unknown> {
    const pathAndQuery = `${new URL(base).pathname.replace(/\/+$/, '')}${path}${path.includes('?') ? '&' : '?'}requestId=${randomUUID()}`;
    const timestamp = new Date().toISOString();
    let res: Response;
    try {
      res = await fetch(`${new URL(base).origin}${pathAndQuery}`, {
        headers: { 'X-AsiointivaltuudetAuthorization': authorizationHeader(settings, pathAndQuery, timestamp), Accept: 'application/json' },
        signal: AbortSignal.timeout(settings.timeoutMs ?? 5000),
      });
    } catch (err) {
      throw new MandatesUnavailable('The mandates service could not be reached', { cause: err });
    }
    if (res.status === 401) throw new SessionExpired();
    if (!res.ok) throw new MandatesUnavailable(`The mandates service answered ${res.status}`);
    try {
      return await res.json();
    } catch (err) {
      throw new MandatesUnavailable('The mandates service answered something other than JSON', { cause: err });
    }
  }

  async function register(person: MandatePerson): Promise<string> {
    const body = await call(`/service/ypa/user/register/${encodeURIComponent(settings.clientId)}/${encodeURIComponent(person.personalId.toUpperCase())}`).catch((err: unknown) => {
      throw err instanceof SessionExpired ? new MandatesUnavailable('The mandates service refused this service’s credentials') : err;
    });
    if (!isRecord(body) || typeof body.sessionId !== 'string' || !body.sessionId) throw new MandatesUnavailable('The mandates service’s register answer has no sessionId');
    sessions.set(person.personalId, body.sessionId);
    return body.sessionId;
  }

  /** Runs `query` in the person's Web API session, registering once more when it has expired. */
  async function inSession<T>(person: MandatePerson, query: (sessionId: string) => Promise<T>): Promise<T> {
    const known = sessions.get(person.personalId);
    try {
      return await query(known ?? (await register(person)));
    } catch (err) {
      if (!(err instanceof SessionExpired)) throw err;
      sessions.delete(person.personalId);
      try {
        return await query(await register(person));
      } catch (again) {
        throw again instanceof SessionExpired ? new MandatesUnavailable('The mandates service session expired at once') : again;
      }
    }
  }

  return {
    source: 'suomifi',
    companiesOf: (person) => inSession(person, async (sessionId) => companiesOfRoles(await call(`/service/ypa/api/organizationRoles/${encodeURIComponent(sessionId)}`))),
    async check(person, businessId): Promise<MandateStanding> {
      if (!isValidBusinessId(businessId)) return 'none';
      return inSession(person, async (sessionId) => {
        const answer = await call(`/service/ypa/api/authorization/${encodeURIComponent(sessionId)}/${encodeURIComponent(businessId)}`);
        if (!isRecord(answer) || (answer.result !== 'ALLOWED' && answer.result !== 'DISALLOWED'))
          throw new MandatesUnavailable('The mandates service’s authorization answer has no result');
        // The service does not say whether a refused mandate ever was: Kevyt knows that from the choice it kept (acting-for.ts).
        return answer.result === 'ALLOWED' ? 'holds' : 'none';
      });
    },
  };
}
