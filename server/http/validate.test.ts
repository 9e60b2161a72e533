import { describe, expect, it } from 'vitest';
import { HttpError } from './errors';
import { check, parseBody, parseQuery, v } from './validate';

const Deployment = v.object({
  packId: v.integer({ min: 1 }),
  serviceId: v.string({ min: 1, max: 100 }),
  municipalities: v.optional(v.array(v.string({ pattern: /^\d{3}$/, patternMessage: 'Must be a 3-digit municipality code' }), { min: 1 })),
  contactText: v.optional(v.nullable(v.string({ max: 20 }))),
  lang: v.optional(v.oneOf(['fi', 'sv', 'en'] as const)),
});

describe('route input checks', () => {
  it('returns the typed value, trimmed, without unknown members', () => {
    const r = check(Deployment, { packId: 3, serviceId: ' public-event-police ', municipalities: ['091', '049'], extra: 'dropped' });
    expect(r).toEqual({ ok: true, value: { packId: 3, serviceId: 'public-event-police', municipalities: ['091', '049'] } });
  });

  it('reports every bad field with its dotted path', () => {
    const r = check(Deployment, { packId: '3', serviceId: '', municipalities: ['091', 'Espoo'], contactText: 'x'.repeat(21), lang: 'de' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'packId', message: 'Must be an integer' },
      { path: 'serviceId', message: 'Required' },
      { path: 'municipalities.1', message: 'Must be a 3-digit municipality code' },
      { path: 'contactText', message: 'Must be at most 20 characters' },
      { path: 'lang', message: 'Must be one of: fi, sv, en' },
    ]);
  });

  it('calls a missing member Required', () => {
    const r = check(Deployment, {});
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'packId', message: 'Required' },
      { path: 'serviceId', message: 'Required' },
    ]);
  });

  it('answers 422 validation_failed for a bad body, 400 for a body that is not an object, 400 bad_request for bad query', () => {
    const bad = (() => {
      try {
        parseBody(Deployment, { packId: 0, serviceId: 'x' });
      } catch (e) {
        return e;
      }
    })();
    expect(bad).toBeInstanceOf(HttpError);
    expect((bad as HttpError).status).toBe(422);
    expect(() => parseBody(Deployment, undefined)).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => parseQuery(v.object({ limit: v.intString({ max: 100 }) }), { limit: '500' })).toThrow(expect.objectContaining({ status: 400, code: 'bad_request' }));
    expect(parseQuery(v.object({ limit: v.intString({ max: 100 }) }), { limit: '50' })).toEqual({ limit: 50 });
  });
});
