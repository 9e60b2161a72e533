import { describe, expect, it } from 'vitest';
import { compareAnswer, conditionFields, evaluateCondition, isAnswered, pruneHidden, visiblePages, walkForm } from './index';
import type { RuleCondition } from '../format/types';
import { foodStallsForm } from '../test-fixtures/food-stalls';
import { publicEventForm, validEventData } from '../test-fixtures/public-event-notification';

describe('evaluateCondition', () => {
  it('equals compares the answer strictly (yes/no answers are booleans)', () => {
    expect(evaluateCondition({ field: 'alcohol', op: 'equals', value: true }, { alcohol: true })).toBe(true);
    expect(evaluateCondition({ field: 'alcohol', op: 'equals', value: true }, { alcohol: false })).toBe(false);
    expect(evaluateCondition({ field: 'alcohol', op: 'equals', value: true }, { alcohol: 'true' })).toBe(false);
  });
  it('oneOf holds when the answer is among the values', () => {
    const condition = { field: 'eventType', op: 'oneOf', values: ['concert', 'sports'] } as const;
    expect(evaluateCondition({ ...condition, values: [...condition.values] }, { eventType: 'sports' })).toBe(true);
    expect(evaluateCondition({ ...condition, values: [...condition.values] }, { eventType: 'market' })).toBe(false);
  });
  it('a multiple-choice answer equals a value it contains', () => {
    expect(evaluateCondition({ field: 'services', op: 'equals', value: 'food' }, { services: ['music', 'food'] })).toBe(true);
    expect(evaluateCondition({ field: 'services', op: 'oneOf', values: ['fire'] }, { services: ['music'] })).toBe(false);
  });
  it('answered treats blank text, empty lists and null as unanswered', () => {
    for (const blank of [undefined, null, '', '   ', [], { street: '' }]) expect(isAnswered(blank)).toBe(false);
    for (const given of [0, false, 'Espoo', ['att-1'], { street: 'Itätuulenkuja 11' }]) expect(isAnswered(given)).toBe(true);
    expect(evaluateCondition({ field: 'eventName', op: 'answered' }, { eventName: ' ' })).toBe(false);
  });
  it('reads the answer from the scope when one is given', () => {
    const scope = new Map<string, unknown>([['pyrotechnics', true]]);
    expect(evaluateCondition({ field: 'pyrotechnics', op: 'equals', value: true }, {}, scope)).toBe(true);
  });
});

describe('comparisons', () => {
  it('at least and at most include the limit, above and below do not (attendance 200)', () => {
    const at = (op: 'atLeast' | 'atMost' | 'above' | 'below', attendance: unknown) => evaluateCondition({ field: 'attendance', op, value: 200 }, { attendance });
    expect([at('atLeast', 200), at('atLeast', 199), at('atLeast', 1500)]).toEqual([true, false, true]);
    expect([at('atMost', 200), at('atMost', 201)]).toEqual([true, false]);
    expect([at('above', 200), at('above', 201)]).toEqual([false, true]);
    expect([at('below', 200), at('below', 199)]).toEqual([false, true]);
  });
  it('compares times of day by the clock: 23:00 is after 22:00, 09:30 before it', () => {
    const after = { field: 'soundUntil', op: 'above', value: '22:00' } as const;
    expect(evaluateCondition(after, { soundUntil: '23:00' })).toBe(true);
    expect(evaluateCondition(after, { soundUntil: '22:00' })).toBe(false);
    expect(evaluateCondition(after, { soundUntil: '09:30' })).toBe(false);
    expect(compareAnswer('09:30', '10:00')).toBeLessThan(0);
  });
  it('compares ISO dates in calendar order', () => {
    expect(evaluateCondition({ field: 'eventDate', op: 'atLeast', value: '2026-06-01' }, { eventDate: '2026-06-20' })).toBe(true);
    expect(evaluateCondition({ field: 'eventDate', op: 'atLeast', value: '2026-06-01' }, { eventDate: '2026-05-31' })).toBe(false);
  });
  it('an unanswered or differently typed answer makes no comparison hold', () => {
    for (const attendance of [undefined, null, '', '1500', Number.NaN, [1500]]) {
      expect(evaluateCondition({ field: 'attendance', op: 'atLeast', value: 200 }, { attendance })).toBe(false);
      expect(evaluateCondition({ field: 'attendance', op: 'below', value: 200 }, { attendance })).toBe(false);
    }
    expect(evaluateCondition({ field: 'soundUntil', op: 'below', value: '22:00' }, { soundUntil: 2100 })).toBe(false);
    expect(evaluateCondition({ field: 'soundUntil', op: 'below', value: '22:00' }, { soundUntil: '9:30' })).toBe(false);
  });
});

describe('all and any', () => {
  const loudLate: RuleCondition = {
    all: [
      { field: 'amplifiedSound', op: 'equals', value: true },
      { any: [{ field: 'soundUntil', op: 'above', value: '22:00' }, { field: 'soundUntil', op: 'below', value: '07:00' }] },
    ],
  };
  it('all holds when every part holds; any when some part does (sound past 22:00, also past midnight)', () => {
    expect(evaluateCondition(loudLate, { amplifiedSound: true, soundUntil: '23:00' })).toBe(true);
    expect(evaluateCondition(loudLate, { amplifiedSound: true, soundUntil: '01:30' })).toBe(true);
    expect(evaluateCondition(loudLate, { amplifiedSound: true, soundUntil: '21:00' })).toBe(false);
    expect(evaluateCondition(loudLate, { amplifiedSound: false, soundUntil: '23:00' })).toBe(false);
  });
  it('all of nothing holds, any of nothing does not', () => {
    expect(evaluateCondition({ all: [] }, {})).toBe(true);
    expect(evaluateCondition({ any: [] }, {})).toBe(false);
  });
  it('reads every part from the scope when one is given', () => {
    const scope = new Map<string, unknown>([['amplifiedSound', true], ['soundUntil', '23:30']]);
    expect(evaluateCondition(loudLate, {}, scope)).toBe(true);
  });
  it('lists the fields a condition reads, each once', () => {
    expect([...conditionFields(loudLate)]).toEqual(['amplifiedSound', 'soundUntil']);
  });
});

describe('pruneHidden', () => {
  it('keeps every answer when everything is shown', () => {
    expect(pruneHidden(publicEventForm, validEventData())).toEqual(validEventData());
  });
  it('drops the alcohol page answers when alcohol is not served', () => {
    const pruned = pruneHidden(publicEventForm, { ...validEventData(), alcohol: false });
    expect(pruned).not.toHaveProperty('servingArea');
    expect(pruned).not.toHaveProperty('servingLicence');
    expect(pruned.alcohol).toBe(false);
  });
  it('drops a hidden field of one group item by its sibling, keeping it in the other item', () => {
    const data = validEventData();
    data.performers = [
      { performerName: 'Sibelius-kvartetti', pyrotechnics: false, pyrotechnicsPlan: 'left over from editing' },
      { performerName: 'Tulinen Orkesteri', pyrotechnics: true, pyrotechnicsPlan: 'Suihkulähteet' },
    ];
    expect(pruneHidden(publicEventForm, data).performers).toEqual([
      { performerName: 'Sibelius-kvartetti', pyrotechnics: false },
      { performerName: 'Tulinen Orkesteri', pyrotechnics: true, pyrotechnicsPlan: 'Suihkulähteet' },
    ]);
  });
  it('drops a field whose condition is on an earlier field of another page', () => {
    const pruned = pruneHidden(publicEventForm, { ...validEventData(), eventType: 'market' });
    expect(pruned).not.toHaveProperty('securityPlan');
    expect(pruned.siteMap).toEqual(['att-7f3a']);
  });
  it('keeps unknown keys so that validation can name them', () => {
    const pruned = pruneHidden(publicEventForm, { ...validEventData(), isAdmin: true });
    expect(pruned.isAdmin).toBe(true);
  });
  it('drops data under info elements, which hold none', () => {
    expect(pruneHidden(publicEventForm, { ...validEventData(), attachmentInfo: 'x' })).not.toHaveProperty('attachmentInfo');
  });
  it('does not change the data it is given', () => {
    const data: Record<string, unknown> = { ...validEventData(), alcohol: false };
    pruneHidden(publicEventForm, data);
    expect(data.servingArea).toBe('Aidattu alue lavan edessä');
  });
  it('a condition on a hidden field is false, so hiding chains', () => {
    const form = {
      pages: [{
        id: 'p1', title: { fi: 'Anniskelu' }, elements: [
          { id: 'a', kind: 'yesNo' as const, key: 'alcohol', label: { fi: 'Alkoholia?' } },
          { id: 'b', kind: 'yesNo' as const, key: 'strongAlcohol', label: { fi: 'Väkeviä?' }, condition: { field: 'alcohol', op: 'equals' as const, value: true } },
          { id: 'c', kind: 'text' as const, key: 'strongDetails', label: { fi: 'Tiedot' }, condition: { field: 'strongAlcohol', op: 'equals' as const, value: true } },
        ],
      }],
    };
    expect(pruneHidden(form, { alcohol: false, strongAlcohol: true, strongDetails: 'Viski' })).toEqual({ alcohol: false });
  });
});

describe('visiblePages', () => {
  it('skips the alcohol page unless alcohol is served', () => {
    expect(visiblePages(publicEventForm, { alcohol: false }).map((p) => p.page.id)).toEqual(['p-organiser', 'p-event', 'p-attachments']);
    expect(visiblePages(publicEventForm, { alcohol: true }).map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });
});

describe('conditions inside a repeating group', () => {
  const stalls = [
    { stallName: 'Kahvila Kaivopuisto', foodHandler: 'Aino Virtanen', electricity: true, electricityNeed: '3 kW' },
    { stallName: 'Torin Lettu', foodHandler: 'Eero Mäkelä', electricity: false, electricityNeed: 'left over from editing' },
  ];

  it('reads a field outside the group with the answer as it stands, for every item', () => {
    const selling = pruneHidden(foodStallsForm, { foodSales: true, stalls });
    expect((selling.stalls as Array<Record<string, unknown>>).map((s) => s.foodHandler)).toEqual(['Aino Virtanen', 'Eero Mäkelä']);
    const notSelling = pruneHidden(foodStallsForm, { foodSales: false, stalls });
    expect((notSelling.stalls as Array<Record<string, unknown>>).map((s) => 'foodHandler' in s)).toEqual([false, false]);
  });

  it('reads a sibling in the same item per item, an unanswered sibling hiding the field', () => {
    const visits: string[] = [];
    walkForm(foodStallsForm, { foodSales: true, stalls: [...stalls, { stallName: 'Uusi koju' }] }, ({ path, visible }) => {
      if (path[path.length - 1] === 'electricityNeed') visits.push(`${path.join('.')}:${visible ? 'shown' : 'hidden'}`);
    });
    expect(visits).toEqual(['stalls.0.electricityNeed:shown', 'stalls.1.electricityNeed:hidden', 'stalls.2.electricityNeed:hidden']);
  });
});
