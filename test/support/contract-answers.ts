/**
 * Holds the server's answers to the API contract (api-contract/): every JSON answer an API test
 * receives is checked against the schema its route declares for that status, with objects closed
 * (a member the contract does not name is a mismatch too). So the document the server publishes
 * is what it really answers, not what someone remembered to write down.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { ErrorBody } from '../../api-contract/common';
import type { Answer, RouteContract } from '../../api-contract/route';
import { allRoutes } from '../../api-contract/routes';

type Schema = Record<string, unknown>;

/** A copy of `schema` in which an object lists all its members unless it says otherwise. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, closed(s)])) : closed(v);
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const errorCheck = ajv.compile(JSON.parse(JSON.stringify(ErrorBody)) as Schema);

interface Matcher {
  route: RouteContract;
  pattern: RegExp;
  checks: Map<string, ValidateFunction>;
}

function isSchema(answer: Answer | undefined): boolean {
  return typeof answer === 'object' && answer !== null && !('file' in answer);
}

const matchers: Matcher[] = allRoutes().map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/:[A-Za-z]+/g, '[^/]+').replace(/\./g, '\\.')}$`),
  checks: new Map(
    Object.entries(route.answers)
      .filter(([, a]) => isSchema(a))
      .map(([status, a]) => [status, ajv.compile(closed(JSON.parse(JSON.stringify(a))) as Schema)]),
  ),
}));

/** The route a request went to; a path with a literal segment (`/api/inbox/export.csv`) wins over one with a parameter. */
function routeOf(method: string, path: string): Matcher | undefined {
  const candidates = matchers.filter((m) => m.route.method === method.toLowerCase() && m.pattern.test(path));
  return candidates.sort((a, b) => (a.route.path.match(/:/g)?.length ?? 0) - (b.route.path.match(/:/g)?.length ?? 0))[0];
}

/** Why an answer breaks the contract, or null when it keeps it (or is no API answer). */
export function contractMismatch(method: string, url: string, status: number, contentType: string, body: unknown): string | null {
  const path = new URL(url, 'http://x').pathname;
  if (!path.startsWith('/api/') || !contentType.includes('application/json')) return null;
  const where = `${method} ${path} → ${status}`;
  if (status >= 400) return errorCheck(body) ? null : `${where}: not the error shape: ${ajv.errorsText(errorCheck.errors)}`;
  const matched = routeOf(method, path);
  if (!matched) return `${where}: no such route in the contract`;
  const declared = matched.route.answers[status as keyof RouteContract['answers']];
  if (declared === undefined) return `${where}: the contract of ${matched.route.path} declares no ${status} answer`;
  const check = matched.checks.get(String(status));
  if (!check) return `${where}: the contract declares a file, not JSON`;
  return check(body) ? null : `${where}: ${ajv.errorsText(check.errors, { dataVar: 'body' })}`;
}
