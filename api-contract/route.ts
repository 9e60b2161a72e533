/**
 * One route of the API as data: method, path, who may call it, its inputs and its answers. The
 * server registers its handlers from these (server/http/contract-route.ts), checks inputs with
 * them and builds the OpenAPI document from them (server/http/openapi.ts); the apps and tests take
 * the types below.
 */
import type { Static, TObject, TSchema } from '@sinclair/typebox';
import type { ApiKeyScope, RoleGrant } from '../permissions/permissions';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call a route: the server enforces it before the handler runs, and the document says it.
 * `staff` names a grant of permissions/permissions.ts (the roles that hold it); `staffSession` is
 * any signed-in staff member, also one who must still replace a temporary password; `staffSignIn`
 * anyone past the password, also one who still owes the second factor (TOTP).
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'customer' }
  | { kind: 'staff'; grant: RoleGrant }
  | { kind: 'staffSession' }
  | { kind: 'staffSignIn' }
  /** An authority's API key with this scope (`Authorization: Bearer kvt_…`), for its own authority's rows. */
  | { kind: 'apiKey'; scope: ApiKeyScope };

/** A body that is not JSON: a download (PDF, CSV, a file, a JavaScript module). */
export interface FileAnswer {
  file: string;
  description: string;
  headers?: Record<string, string>;
}

export type Answer = TSchema | FileAnswer | 'empty';

/** HTTP statuses of error answers, each with the error codes it uses (server/API.md). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;

export interface RouteContract {
  method: Method;
  /** Express style: `/api/cases/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  params?: TObject;
  query?: TObject;
  body?: TObject;
  /** multipart/form-data with one file in this field (the body is not JSON). */
  upload?: { field: string; description: string };
  /** Success answers by status. */
  answers: Partial<Record<200 | 201 | 202 | 204 | 304, Answer>>;
  /** Error answers this route gives beyond those every route can (400 bad_json, 403 csrf, 413, 429). */
  errors: readonly ErrorStatus[];
}

export function route<const R extends RouteContract>(r: R): R {
  return r;
}

type StaticOr<S, Else> = S extends TSchema ? Static<S> : Else;

export type ParamsOf<R extends RouteContract> = StaticOr<R['params'], Record<string, never>>;
export type QueryOf<R extends RouteContract> = StaticOr<R['query'], Record<string, never>>;
export type BodyOf<R extends RouteContract> = StaticOr<R['body'], undefined>;

/** A file answer's body is whatever bytes the route sends. */
type JsonAnswer<A> = A extends TSchema ? Static<A> : A extends 'empty' ? undefined : unknown;

/** The JSON body of the route's success answer(s). */
export type AnswerOf<R extends RouteContract> = JsonAnswer<R['answers'][keyof R['answers']]>;
