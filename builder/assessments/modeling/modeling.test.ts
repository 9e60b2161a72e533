/** The rules editor's model: questions, operators by kind, the condition tree, rules and test cases. */
import { describe, expect, it } from 'vitest';
import type { AssessmentDefinition, RuleCondition } from '../../../form-library/format/types';
import { readyPack } from '../../../form-library/library/index';
import { newRule, withoutRule, withRuleId, withTestCase } from './assessment-content';
import { appendRow, asGroup, defaultCondition, fromGroup, operatorsFor, removeRow, replaceRow, ruleQuestions, setJoin, valueFor } from './rule-conditions';

const assessment = (): AssessmentDefinition => structuredClone(readyPack('event-organising').assessments![0]);
const question = (key: string) => ruleQuestions(assessment().form).find((q) => q.key === key)!;

describe('the questions a rule can read', () => {
  it('are the data questions in document order, with the closed sets of answers', () => {
    expect(ruleQuestions(assessment().form).map((q) => q.key)).toEqual([
      'openToPublic', 'attendance', 'venue', 'publicArea', 'amplifiedSound', 'soundUntil', 'fireOrEffects', 'specialRisk', 'food', 'alcohol',
    ]);
    expect(question('venue').values?.map((v) => v.value)).toEqual(['outdoors', 'indoors', 'both']);
    expect(question('food').values?.map((v) => v.value)).toEqual([true, false]);
  });

  it('offer comparisons only for numbers, times and dates', () => {
    expect(operatorsFor(question('attendance').element)).toContain('atLeast');
    expect(operatorsFor(question('soundUntil').element)).toContain('above');
    expect(operatorsFor(question('food').element)).not.toContain('atLeast');
  });

  it('start a new condition on a sensible value of the question’s kind', () => {
    expect(defaultCondition(question('food'))).toEqual({ field: 'food', op: 'equals', value: true });
    expect(defaultCondition(question('attendance'))).toEqual({ field: 'attendance', op: 'atLeast', value: 1 });
    expect(defaultCondition(question('soundUntil'))).toEqual({ field: 'soundUntil', op: 'atLeast', value: '22:00' });
  });

  it('keep the value when the operator changes, where it still fits', () => {
    expect(valueFor(question('attendance'), 'below', 200)).toEqual({ field: 'attendance', op: 'below', value: 200 });
    expect(valueFor(question('venue'), 'oneOf', 'both')).toEqual({ field: 'venue', op: 'oneOf', values: ['both'] });
    expect(valueFor(question('venue'), 'equals', ['indoors'])).toEqual({ field: 'venue', op: 'equals', value: 'outdoors' });
    expect(valueFor(question('venue'), 'answered', 'both')).toEqual({ field: 'venue', op: 'answered' });
  });
});

describe('the condition tree', () => {
  const loud: RuleCondition = { field: 'amplifiedSound', op: 'equals', value: true };
  const late: RuleCondition = { field: 'soundUntil', op: 'above', value: '22:00' };
  const early: RuleCondition = { field: 'soundUntil', op: 'below', value: '07:00' };

  it('shows a lone condition as a group of one, and stores a group of one as the condition', () => {
    expect(asGroup(loud)).toEqual({ join: 'all', rows: [loud] });
    expect(fromGroup({ join: 'any', rows: [loud] })).toEqual(loud);
  });

  it('builds "sound and (after 22 or before 7)" row by row', () => {
    let when: RuleCondition = loud;
    when = appendRow(when, [], { any: [late] });
    expect(when).toEqual({ all: [loud, { any: [late] }] });
    when = appendRow(when, [1], early);
    expect(when).toEqual({ all: [loud, { any: [late, early] }] });
    when = replaceRow(when, [1, 1], { field: 'soundUntil', op: 'below', value: '06:00' });
    expect(when).toEqual({ all: [loud, { any: [late, { field: 'soundUntil', op: 'below', value: '06:00' }] }] });
    expect(setJoin(when, [], 'any')).toEqual({ any: [loud, { any: [late, { field: 'soundUntil', op: 'below', value: '06:00' }] }] });
  });

  it('drops a group emptied by removals, never storing an empty all/any', () => {
    const when: RuleCondition = { all: [loud, { any: [late] }, { any: [early, late] }] };
    expect(removeRow(when, [1, 0])).toEqual({ all: [loud, { any: [early, late] }] });
    expect(removeRow(removeRow(when, [2, 0]), [2, 0])).toEqual({ all: [loud, { any: [late] }] });
  });
});

describe('rules and test cases', () => {
  it('makes a new rule on the first question, with an id of its own', () => {
    const rule = newRule(assessment(), { pack: 'event-organising', service: 'event-noise' });
    expect(rule).toMatchObject({ id: 'rule-10', when: { field: 'openToPublic', op: 'equals', value: true }, level: 'needed' });
  });

  it('carries a rule’s new id and its removal into the test cases', () => {
    const renamed = withRuleId(assessment(), 7, 'municipal-area');
    expect(renamed.testCases[0].expect).toContain('municipal-area');
    expect(renamed.testCases[0].expect).not.toContain('public-area');
    const removed = withoutRule(renamed, 7);
    expect(removed.rules.map((r) => r.id)).not.toContain('municipal-area');
    expect(removed.testCases[0].expect).not.toContain('municipal-area');
  });

  it('saves answers as a test case expecting exactly the rules they fire now', () => {
    const saved = withTestCase(assessment(), 'Ilotulitus', { openToPublic: false, attendance: 50, venue: 'indoors', fireOrEffects: true, specialRisk: false, food: false, alcohol: false });
    expect(saved.testCases.at(-1)).toEqual(expect.objectContaining({ name: 'Ilotulitus', expect: ['rescue-plan-fire'] }));
  });
});
