/**
 * Registers a route's handler from its contract (api-contract/): the method and path, the access
 * check (permissions/permissions.ts, before anything else), then any extra middleware (rate limits,
 * the upload parser), then the input checks compiled once here, then the handler with typed inputs.
 * The handler's `res.json` takes only the contract's answer type.
 */
import type { Request, RequestHandler, Response, Router } from 'express';
import type { AnswerOf, BodyOf, ParamsOf, QueryOf, RouteContract } from '../../api-contract/route';
import { ROLE_GRANTS } from '../../permissions/permissions';
import { requireCustomer, requireStaff, requireStaffSession, requireStaffSignIn } from '../auth/guards';
import { requireApiKey } from '../integration/api-key-guard';
import { bodyCheck, paramsCheck, queryCheck, type Check, type QueryRules } from './contract-check';

export interface Inputs<R extends RouteContract> {
  params: ParamsOf<R>;
  query: QueryOf<R>;
  body: BodyOf<R>;
}

export type ContractHandler<R extends RouteContract> = (req: Request, res: Response<AnswerOf<R>>, input: Inputs<R>) => unknown;

export interface RouteOptions {
  /** Middleware between the access check and the input checks: rate limits, the upload parser. */
  before?: RequestHandler[];
  /**
   * The domain's own rules on the query (those no schema can state, such as a cursor that must
   * belong to the sort): when the schema check fails too, both sets of problems are answered at once.
   */
  queryRules?: (req: Request) => QueryRules;
}

/** The guard of a route's `access`. */
export function accessGuard(route: RouteContract): RequestHandler | null {
  const access = route.access;
  switch (access.kind) {
    case 'public':
      return null;
    case 'customer':
      return requireCustomer();
    case 'staffSession':
      return requireStaffSession();
    case 'staffSignIn':
      return requireStaffSignIn();
    case 'staff':
      return requireStaff(...ROLE_GRANTS[access.grant]);
    case 'apiKey':
      return requireApiKey(access.scope);
  }
}

/** Compiles a route's input checks once; the returned function reads a request's inputs. */
export function inputReader<R extends RouteContract>(route: R, options: RouteOptions = {}): (req: Request) => Inputs<R> {
  const none = () => ({});
  const params: Check<unknown> = route.params ? paramsCheck(route.params) : none;
  const query = route.query ? queryCheck(route.query) : none;
  const body: Check<unknown> = route.body ? bodyCheck(route.body) : () => undefined;
  const rules = options.queryRules;
  return (req) => ({ params: params(req.params), query: query(req.query, rules?.(req)), body: body(req.body) }) as Inputs<R>;
}

/** The route's path under a router mounted at `mount` (Express keeps `:id`). */
export function mountedPath(route: RouteContract, mount = '/api'): string {
  if (!route.path.startsWith(`${mount}/`)) throw new Error(`${route.path} is not under ${mount}`);
  return route.path.slice(mount.length);
}

/** Every middleware of a contract route, in order, ending with the handler. */
export function contractHandlers<R extends RouteContract>(route: R, options: RouteOptions, handler: ContractHandler<R>): RequestHandler[] {
  const guard = accessGuard(route);
  const read = inputReader(route, options);
  const run: RequestHandler = (req, res) => handler(req, res as Response<AnswerOf<R>>, read(req)) as void;
  return [...(guard ? [guard] : []), ...(options.before ?? []), run];
}

/** Registers `route` on a router mounted at /api. */
export function on<R extends RouteContract>(router: Router, route: R, handler: ContractHandler<R>): void;
export function on<R extends RouteContract>(router: Router, route: R, options: RouteOptions, handler: ContractHandler<R>): void;
export function on<R extends RouteContract>(router: Router, route: R, a: RouteOptions | ContractHandler<R>, b?: ContractHandler<R>): void {
  const [options, handler] = typeof a === 'function' ? [{}, a] : [a, b as ContractHandler<R>];
  router[route.method](mountedPath(route), ...contractHandlers(route, options, handler));
}
