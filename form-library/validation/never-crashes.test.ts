/**
 * "Bad input of any kind gets a clear error naming the field, never a crash": every answer of the
 * fixture is replaced in turn by values of every wrong shape, and the pack by broken variants.
 */
import { describe, expect, it } from 'vitest';
import { validateSubmission } from './validate-submission';
import { validatePackContent } from '../format/pack-schema';
import { compileForm } from '../compiler/compile-form';
import { formProblems } from '../problems/index';
import { eventPack, publicEventForm, validEventData } from '../test-fixtures/public-event-notification';

const WRONG_SHAPES: unknown[] = [null, '', 'Helsinki', 0, -1.5, true, [], ['x'], [{}], {}, { start: 1 }, [[]], '0'.repeat(5000)];

function everyPath(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => everyPath(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) return [prefix, ...Object.entries(value).flatMap(([k, v]) => everyPath(v, [...prefix, k]))];
  return [prefix];
}

function setAt(data: Record<string, unknown>, path: Array<string | number>, value: unknown): void {
  let node = data as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

describe('validateSubmission never crashes', () => {
  it('gives field errors (or a clean pass) for any wrong shape at any place', () => {
    const paths = everyPath(validEventData()).filter((p) => p.length > 0);
    let rejected = 0;
    for (const path of paths) {
      for (const wrong of WRONG_SHAPES) {
        const data = validEventData();
        setAt(data, path, wrong);
        for (const lang of ['fi', 'sv', 'en'] as const) {
          const result = validateSubmission(publicEventForm, data, lang);
          if (result.ok) continue;
          rejected++;
          for (const e of result.errors) {
            expect(typeof e.path).toBe('string');
            expect(e.message.length).toBeGreaterThan(5);
          }
        }
      }
    }
    expect(rejected).toBeGreaterThan(paths.length * 3);
  });
});

describe('pack checks never crash', () => {
  it('report every broken variant of the pack with paths, and the designer tools survive valid-shaped input', () => {
    const paths = everyPath(eventPack).filter((p) => p.length > 0);
    for (const path of paths) {
      for (const wrong of [null, 'x', []]) {
        const pack = structuredClone(eventPack) as unknown as Record<string, unknown>;
        setAt(pack, path, wrong);
        const result = validatePackContent(pack);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          continue;
        }
        // Whatever passes the schema must be safe for the compiler and the problem finder.
        for (const service of result.content.services) {
          expect(() => compileForm(service.form, 'fi')).not.toThrow();
          expect(() => formProblems(service.form)).not.toThrow();
        }
      }
    }
  });
});
