/**
 * The bounds that refuse oversized answers before they are walked: the rules themselves, and that
 * validateSubmission applies them first, so refusing costs time in proportion to the form.
 */
import { describe, expect, it } from 'vitest';
import { formBounds, MAX_DATA_DEPTH, MAX_DATA_VALUES, shapeProblem } from './data-bounds';
import { validateSubmission } from './validate-submission';
import { publicEventForm, validEventData } from '../test-fixtures/public-event-notification';

function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < levels; i++) {
    const inner: Record<string, unknown> = {};
    node.a = inner;
    node = inner;
  }
  return root;
}

const performer = { performerName: 'Kaarina Kantele', pyrotechnics: false };

describe('shapeProblem', () => {
  it('lets a real form’s answers through', () => {
    expect(shapeProblem(validEventData())).toBeNull();
  });

  it('names the first place nested 64 levels deep, measured without recursion even at 100,000 levels', () => {
    const problem = shapeProblem({ programme: nested(100_000) });
    expect(problem?.kind).toBe('tooDeep');
    expect(problem?.kind === 'tooDeep' && problem.path).toEqual(['programme', ...Array(MAX_DATA_DEPTH - 1).fill('a')]);
    expect(shapeProblem({ programme: nested(MAX_DATA_DEPTH - 2) })).toBeNull();
  });

  it('counts lists as levels too', () => {
    let list: unknown[] = [];
    const root = { performers: list };
    for (let i = 0; i < 200; i++) {
      const inner: unknown[] = [];
      list.push(inner);
      list = inner;
    }
    expect(shapeProblem(root)?.kind).toBe('tooDeep');
  });

  it('refuses more values than any form takes, stopping at the limit', () => {
    expect(shapeProblem({ performers: Array(MAX_DATA_VALUES).fill(1) })).toEqual({ kind: 'tooManyValues' });
    expect(shapeProblem({ performers: Array(MAX_DATA_VALUES - 1).fill(1) })).toBeNull();
  });
});

describe('control characters in answers', () => {
  it('names the answer holding one and the character, but lets tab and line breaks be', () => {
    const data = validEventData();
    data.performers = [{ ...performer, performerName: 'Kaarina\u0007' }];
    expect(shapeProblem(data)).toEqual({ kind: 'controlCharacter', path: ['performers', 0, 'performerName'], codePoint: 'U+0007' });
    data.performers = [{ ...performer, performerName: 'Kaarina\tKantele\r\n' }];
    expect(shapeProblem(data)).toBeNull();
  });
});

describe('formBounds', () => {
  it('finds a repeating group over its maxItems without looking at its items', () => {
    const data = { ...validEventData(), performers: Array(400).fill({ unknownKey: 1 }) };
    expect(formBounds(publicEventForm, data)).toEqual({ oversized: [{ path: ['performers'], kind: 'group', limit: 20 }], unknown: [] });
  });

  it('holds attachment fields to maxFiles and finds keys the form does not know, inside sections and items too', () => {
    const data = validEventData();
    data.securityPlan = ['a', 'b'];
    data.performers = [{ ...performer, stageName: 'KK' }];
    (data.organiser as Record<string, unknown>).fax = '09 123';
    data.extra = 1;
    expect(formBounds(publicEventForm, data)).toEqual({
      oversized: [{ path: ['securityPlan'], kind: 'attachment', limit: 1 }],
      unknown: [['extra'], ['organiser', 'fax'], ['performers', 0, 'stageName']],
    });
  });
});

describe('validateSubmission refuses out-of-bounds answers first', () => {
  it('answers a list of 400,000 items with one error naming the list and its limit, and as many values elsewhere with one error', () => {
    const started = performance.now();
    const result = validateSubmission(publicEventForm, { ...validEventData(), performers: Array(5000).fill(performer) }, 'fi');
    expect(result).toEqual({ ok: false, errors: [{ path: 'performers', message: 'Voit lisätä enintään 20.' }] });
    const huge = validateSubmission(publicEventForm, { ...validEventData(), performers: Array(400_000).fill(1) }, 'en');
    expect(huge).toEqual({ ok: false, errors: [{ path: 'performers', message: 'You can add at most 20.' }] });
    const elsewhere = validateSubmission(publicEventForm, { ...validEventData(), eventName: Array(400_000).fill(1) }, 'en');
    expect(elsewhere).toEqual({ ok: false, errors: [{ path: '', message: 'The answers hold too many values (at most 20000).' }] });
    // Refused before any walk: well under a second on an idle machine; the cap only catches a walk
    // over every item (many seconds), with room for a CI machine busy with other test files.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('answers data nested 10,000 levels deep with the path where it gets too deep, in the customer’s language', () => {
    const result = validateSubmission(publicEventForm, { ...validEventData(), organiser: nested(10_000) }, 'sv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].path).toMatch(/^organiser(\.a){63}$/);
    expect(result.errors[0].message).toBe('Svaren är kapslade i för många nivåer (högst 64).');
  });

  it('names every unknown key without checking the rest when there are more than 100 of them', () => {
    const data: Record<string, unknown> = { ...validEventData(), eventName: '' };
    for (let i = 0; i < 5000; i++) data[`field${i}`] = i;
    const result = validateSubmission(publicEventForm, data, 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(5000);
    expect(result.errors[0]).toEqual({ path: 'field0', message: 'The form has no such field.' });
    // The required eventName is not reported: the answers were refused before that check.
    expect(result.errors.some((e) => e.path === 'eventName')).toBe(false);
  });

  it('still reports a few unknown keys among the other errors, in document order', () => {
    const data: Record<string, unknown> = { ...validEventData(), eventName: '', extra: 1 };
    const result = validateSubmission(publicEventForm, data, 'en');
    expect(result.ok === false && result.errors.map((e) => e.path)).toEqual(['eventName', 'extra']);
  });
});
