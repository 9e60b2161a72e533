import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { errorHandler, HttpError, toHttpError } from './errors';

function run(err: unknown) {
  const logged: unknown[] = [];
  const sent: { status?: number; body?: unknown; headers?: Record<string, string> } = {};
  const res = {
    headersSent: false,
    set(headers: Record<string, string>) {
      sent.headers = { ...sent.headers, ...headers };
      return this;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
      return this;
    },
  } as unknown as Response;
  errorHandler((_m, e) => logged.push(e))(err, {} as Request, res, (() => {}) as NextFunction);
  return { ...sent, logged };
}

describe('the error shape', () => {
  it('turns an HttpError into { error: { code, message, fields } } with its extras', () => {
    const r = run(new HttpError(409, 'illegal_transition', 'DECIDE is not allowed now; allowed: START', [], { allowed: ['START'] }));
    expect(r.status).toBe(409);
    expect(r.body).toEqual({ error: { code: 'illegal_transition', message: 'DECIDE is not allowed now; allowed: START', fields: [], allowed: ['START'] } });
  });

  it('names at most 100 field problems and says how many more there were', () => {
    const fields = Array.from({ length: 40_001 }, (_, i) => ({ path: `performers.${i}.name`, message: 'Required' }));
    const r = run(new HttpError(422, 'validation_failed', 'Some answers are invalid', fields));
    const body = r.body as { error: { fields: unknown[]; more: number } };
    expect(body.error.fields).toEqual(fields.slice(0, 100));
    expect(body.error.more).toBe(39_901);
    expect(run(new HttpError(422, 'validation_failed', 'x', fields.slice(0, 100))).body).not.toHaveProperty('error.more');
  });

  it('hides unexpected errors behind a generic 500 and logs them', () => {
    const r = run(new Error('SQLITE_CORRUPT: /var/lib/kevyt/kevyt.db'));
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.body)).not.toContain('SQLITE');
    expect(r.body).toEqual({ error: { code: 'internal', message: 'Internal server error', fields: [] } });
    expect(r.logged).toHaveLength(1);
  });

  it('maps body-parser and multer errors', () => {
    expect(toHttpError({ type: 'entity.parse.failed' })?.code).toBe('bad_json');
    expect(toHttpError({ type: 'entity.too.large' })?.status).toBe(413);
    expect(toHttpError({ code: 'LIMIT_FILE_SIZE' })?.status).toBe(413);
    expect(toHttpError(new TypeError('x'))).toBeNull();
  });
});
