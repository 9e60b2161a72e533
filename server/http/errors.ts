/**
 * The one error shape of the API: `{ error: { code, message, fields: [{ path, message }] } }`.
 * Routes throw HttpError; `errorHandler` turns everything (including body-parser and unexpected
 * errors) into that shape without leaking internals.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isBusy } from '../db/busy';

export interface FieldProblem {
  path: string;
  message: string;
}

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  /** Extra top-level members of `error`, e.g. `allowed` for illegal transitions. */
  readonly extra: Record<string, unknown>;
  /** Response headers the answer carries, e.g. Retry-After of a 429 or 503. */
  readonly headers: Record<string, string> = {};

  constructor(status: number, code: string, message: string, fields: FieldProblem[] = [], extra: Record<string, unknown> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.extra = extra;
  }
}

export const badRequest = (message: string, fields: FieldProblem[] = []) => new HttpError(400, 'bad_request', message, fields);
export const unauthenticated = (message = 'Sign-in required') => new HttpError(401, 'unauthenticated', message);
export const forbidden = (message = 'Not allowed') => new HttpError(403, 'forbidden', message);
/** The apps recognise this code and show the change-password screen. */
export const passwordChangeRequired = () =>
  new HttpError(403, 'password_change_required', 'Choose a new password first (POST /api/auth/password)');
/** The apps recognise this code and show the second step (`step: 'code'`) or the authenticator's setup (`step: 'enrol'`). */
export const secondFactorRequired = (step: 'code' | 'enrol') =>
  new HttpError(
    403,
    'second_factor_required',
    step === 'code' ? 'Enter a code from your authenticator first (POST /api/auth/second-factor)' : 'Set up two-step verification first (POST /api/auth/totp/enrolment)',
    [],
    { step },
  );
export const notFound = (message = 'Not found') => new HttpError(404, 'not_found', message);
export const conflict = (message: string, fields: FieldProblem[] = [], extra: Record<string, unknown> = {}) =>
  new HttpError(409, 'conflict', message, fields, extra);
export const unprocessable = (message: string, fields: FieldProblem[] = []) =>
  new HttpError(422, 'validation_failed', message, fields);
export const unsupportedMediaType = (message: string, fields: FieldProblem[] = []) =>
  new HttpError(415, 'unsupported_media_type', message, fields);
export const payloadTooLarge = (message = 'Request body is too large') => new HttpError(413, 'payload_too_large', message);
/** 429 with Retry-After (whole seconds until the limit's window ends). */
export function rateLimited(message: string, retryAfterSeconds: number): HttpError {
  const err = new HttpError(429, 'rate_limited', message, [], { retryAfter: retryAfterSeconds });
  err.headers['Retry-After'] = String(retryAfterSeconds);
  return err;
}

export interface ErrorBody {
  error: { code: string; message: string; fields: FieldProblem[]; [extra: string]: unknown };
}

/** Field problems an error answer names; beyond these it says how many more there were (`more`). */
export const MAX_ERROR_FIELDS = 100;

export function errorBody(err: HttpError): ErrorBody {
  const { fields } = err;
  if (fields.length <= MAX_ERROR_FIELDS) return { error: { ...err.extra, code: err.code, message: err.message, fields } };
  return {
    error: { ...err.extra, code: err.code, message: err.message, fields: fields.slice(0, MAX_ERROR_FIELDS), more: fields.length - MAX_ERROR_FIELDS },
  };
}

function hasProp<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && key in value;
}

/** Maps errors thrown by libraries (body-parser, multer) onto HttpError; null when unknown. */
export function toHttpError(err: unknown): HttpError | null {
  if (err instanceof HttpError) return err;
  if (hasProp(err, 'type')) {
    if (err.type === 'entity.parse.failed') return new HttpError(400, 'bad_json', 'The request body is not valid JSON');
    if (err.type === 'entity.too.large') return payloadTooLarge();
    if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported')
      return unsupportedMediaType('Unsupported body encoding');
  }
  if (isBusy(err)) {
    const busy = new HttpError(503, 'busy', 'The database is busy (another process holds its write lock); try again shortly');
    busy.headers['Retry-After'] = '1';
    return busy;
  }
  if (hasProp(err, 'code')) {
    if (err.code === 'LIMIT_FILE_SIZE') return payloadTooLarge('The file is too large');
    if (typeof err.code === 'string' && err.code.startsWith('LIMIT_')) {
      const message = hasProp(err, 'message') && typeof err.message === 'string' ? err.message : 'Bad upload';
      return badRequest(message);
    }
  }
  return null;
}

/** The final error middleware. Unknown errors become a generic 500 and are logged, never echoed. */
export function errorHandler(log: (message: string, err: unknown) => void = (m, e) => console.error(m, e)): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const known = toHttpError(err);
    const httpError = known ?? new HttpError(500, 'internal', 'Internal server error');
    if (!known) log('Unexpected error', err);
    res.set(httpError.headers);
    res.status(httpError.status).json(errorBody(httpError));
  };
}

/** 404 in our shape for any /api path no router answered. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `No such API route: ${req.method} ${req.originalUrl.split("?")[0]}`));
};
