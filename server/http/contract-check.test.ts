import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { Lang } from '../../api-contract/common';
import { Body, ExactText, Nullable, PathId, Text } from '../../api-contract/schema-kit';
import { HttpError } from './errors';
import { bodyCheck, paramsCheck, queryCheck } from './contract-check';

const Deployment = Body({
  packId: Type.Integer({ minimum: 1 }),
  serviceId: Text({ minLength: 1, maxLength: 100 }),
  municipalities: Type.Optional(Type.Array(Text({ pattern: '^\\d{3}$', message: 'Must be a 3-digit municipality code' }), { minItems: 1 })),
  contactText: Type.Optional(Nullable(Text({ maxLength: 20 }))),
  lang: Type.Optional(Lang),
});
const checkDeployment = bodyCheck<Record<string, unknown>>(Deployment);

function problems(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e instanceof HttpError ? { status: e.status, code: e.code, fields: e.fields, message: e.message } : e;
  }
  return null;
}

describe('route input checks from the contract', () => {
  it('returns the typed value, trimmed, without unknown members', () => {
    expect(checkDeployment({ packId: 3, serviceId: ' public-event-police ', municipalities: ['091', ' 049'], extra: 'dropped' })).toEqual({
      packId: 3,
      serviceId: 'public-event-police',
      municipalities: ['091', '049'],
    });
    expect(checkDeployment({ packId: 3, serviceId: 'x', contactText: null })).toEqual({ packId: 3, serviceId: 'x', contactText: null });
  });

  it('reports every bad field with its dotted path, in the order of the schema', () => {
    expect(problems(() => checkDeployment({ packId: '3', serviceId: '  ', municipalities: ['091', 'Espoo'], contactText: 'x'.repeat(21), lang: 'de' }))).toEqual({
      status: 422,
      code: 'validation_failed',
      message: 'Some fields are invalid',
      fields: [
        { path: 'packId', message: 'Must be an integer' },
        { path: 'serviceId', message: 'Required' },
        { path: 'municipalities.1', message: 'Must be a 3-digit municipality code' },
        { path: 'contactText', message: 'Must be at most 20 characters' },
        { path: 'lang', message: 'Must be one of: fi, sv, en' },
      ],
    });
  });

  it('refuses control characters: tab and line breaks only in text, none on one line, any in a password', () => {
    const check = bodyCheck<Record<string, unknown>>(
      Body({ comment: Text({ maxLength: 100 }), name: Text({ maxLength: 100, controls: 'line' }), password: ExactText({ controls: 'any' }), code: Text({ pattern: '^\\d+$', message: 'Must be digits' }) }),
    );
    expect(check({ comment: 'a\tb\r\nc', name: 'Aino', password: 'x\u0000y', code: '1' })).toEqual({ comment: 'a\tb\r\nc', name: 'Aino', password: 'x\u0000y', code: '1' });
    expect(problems(() => check({ comment: 'a\u001bb', name: 'Ai\nno', password: 'p', code: '1\u0000' }))).toMatchObject({
      status: 422,
      fields: [
        { path: 'comment', message: 'Must not contain control characters (U+001B at position 2)' },
        { path: 'name', message: 'Must not contain control characters (U+000A at position 3)' },
        { path: 'code', message: 'Must not contain control characters (U+0000 at position 2)' },
      ],
    });
  });

  it('counts in the singular for one item or character and the plural for more', () => {
    const check = bodyCheck<Record<string, unknown>>(Body({
      tags: Type.Array(Text({ maxLength: 1 }), { minItems: 1, maxItems: 2 }),
      codes: Type.Optional(Type.Array(Text({ minLength: 2 }), { maxItems: 1 })),
    }));
    expect((problems(() => check({ tags: [] })) as { fields: unknown }).fields).toEqual([{ path: 'tags', message: 'Must have at least 1 item' }]);
    expect((problems(() => check({ tags: ['ab', 'c', 'd'], codes: ['a', 'bc'] })) as { fields: unknown }).fields).toEqual([
      { path: 'tags', message: 'Must have at most 2 items' },
      { path: 'tags.0', message: 'Must be at most 1 character' },
      { path: 'codes', message: 'Must have at most 1 item' },
      { path: 'codes.0', message: 'Must be at least 2 characters' },
    ]);
  });

  it('calls a missing member Required', () => {
    expect(problems(() => checkDeployment({}))).toMatchObject({
      status: 422,
      fields: [
        { path: 'packId', message: 'Required' },
        { path: 'serviceId', message: 'Required' },
      ],
    });
  });

  it('answers 400 for a body that is not an object, and takes no body as {} when nothing is required', () => {
    expect(problems(() => checkDeployment(undefined))).toMatchObject({ status: 400, code: 'bad_request' });
    expect(problems(() => checkDeployment('packId=3'))).toMatchObject({ status: 400, code: 'bad_request' });
    expect(problems(() => checkDeployment([]))).toMatchObject({ status: 422, fields: [{ path: '', message: 'Must be an object' }] });
    expect(bodyCheck(Body({ reason: Type.Optional(Text({ maxLength: 10 })) }))(undefined)).toEqual({});
  });

  it('reads query parameters as text: integers coerced, empty ones absent, bad ones 400 bad_request', () => {
    const check = queryCheck<{ limit?: number; status?: string }>(Type.Object({ limit: Type.Optional(Type.Integer({ maximum: 100 })), status: Type.Optional(Type.String()) }));
    expect(check({ limit: '50', status: '' })).toEqual({ limit: 50 });
    expect(problems(() => check({ limit: '500' }))).toMatchObject({ status: 400, code: 'bad_request', fields: [{ path: 'limit', message: 'Must be at most 100' }] });
    expect(problems(() => check({ limit: 'latest' }))).toMatchObject({ fields: [{ path: 'limit', message: 'Must be an integer' }] });
    expect(problems(() => check({ status: ['A', 'B'] }))).toMatchObject({ fields: [{ path: 'status', message: 'Must be a string' }] });
  });

  it('answers a path id that names nothing with 404 and the route’s words', () => {
    const check = paramsCheck<{ id: number }>(Type.Object({ id: PathId('No such case') }));
    expect(check({ id: '12' })).toEqual({ id: 12 });
    expect(problems(() => check({ id: 'abc' }))).toMatchObject({ status: 404, code: 'not_found', message: 'No such case' });
    expect(problems(() => check({ id: '0' }))).toMatchObject({ status: 404, message: 'No such case' });
  });
});
