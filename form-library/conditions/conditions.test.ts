import { describe, expect, it } from 'vitest';
import { evaluateCondition, isAnswered, pruneHidden, visiblePages, walkForm } from './index';
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
