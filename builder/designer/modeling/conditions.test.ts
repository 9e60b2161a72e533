/**
 * The condition builder and repeating groups: what "show when" offers an element inside a group
 * and outside it, and that the server (formProblems, validateSubmission) and the customer's page
 * (the renderer's visibility) decide every offered condition per group item, as offered.
 */
import { describe, expect, it } from 'vitest';
import type { Condition, FormDefinition } from '../../../form-library/format/types';
import { formProblems } from '../../../form-library/problems';
import { validateSubmission } from '../../../form-library/validation/validate-submission';
import { visibilityOf } from '../../../runtime/form-renderer/visibility';
import { earlierFields, groupFieldsLeftOut } from './conditions';
import { applyFormOp } from './operations';
import { allLocations } from './tree';

const fi = (text: string) => ({ fi: text, sv: text, en: text });

// Tampere's public event notification: an outdoor question, then the performers as a repeating
// group (each with pyrotechnics and, under them, a plan; weather protection when outdoors; their
// members as a group of their own, with a guardian for a minor), then fire safety after the group.
function eventForm(): FormDefinition {
  return {
    pages: [
      {
        id: 'p-event',
        title: fi('Tapahtuma'),
        elements: [
          { id: 'outdoor', kind: 'yesNo', key: 'outdoor', label: fi('Järjestetäänkö tapahtuma ulkona?') },
          {
            id: 'performers', kind: 'group', key: 'performers', label: fi('Esiintyjät'), itemLabel: fi('Esiintyjä'),
            elements: [
              { id: 'performerName', kind: 'text', key: 'performerName', label: fi('Esiintyjän nimi') },
              { id: 'pyrotechnics', kind: 'yesNo', key: 'pyrotechnics', label: fi('Käytetäänkö pyrotekniikkaa?') },
              {
                id: 'pyroSection', kind: 'section', key: 'pyroSection', label: fi('Pyrotekniikka'),
                elements: [{ id: 'pyroPlan', kind: 'textarea', key: 'pyroPlan', label: fi('Pyroteknisen esityksen suunnitelma') }],
              },
              { id: 'weatherProtection', kind: 'textarea', key: 'weatherProtection', label: fi('Sääsuojaus') },
              {
                id: 'members', kind: 'group', key: 'members', label: fi('Jäsenet'),
                elements: [
                  { id: 'memberName', kind: 'text', key: 'memberName', label: fi('Jäsenen nimi') },
                  { id: 'minor', kind: 'yesNo', key: 'minor', label: fi('Alaikäinen') },
                  { id: 'guardian', kind: 'text', key: 'guardian', label: fi('Huoltaja') },
                ],
              },
            ],
          },
          { id: 'fireSafety', kind: 'textarea', key: 'fireSafety', label: fi('Paloturvallisuus') },
        ],
      },
    ],
  };
}

const keys = (def: FormDefinition, targetId: string) => earlierFields(def, targetId).map((f) => f.key);

function withCondition(def: FormDefinition, elementId: string, condition: Condition): FormDefinition {
  return applyFormOp(def, { type: 'update', elementId, patch: { condition } });
}

describe('condition sources around repeating groups', () => {
  it('starts from a form with no problems of its own', () => {
    expect(formProblems(eventForm())).toEqual([]);
  });

  it('inside a group: earlier fields of the same item and earlier fields outside the group', () => {
    const def = eventForm();
    expect(keys(def, 'pyroPlan')).toEqual(['outdoor', 'performerName', 'pyrotechnics']);
    expect(keys(def, 'weatherProtection')).toEqual(['outdoor', 'performerName', 'pyrotechnics', 'pyroPlan']);
    // In a group inside a group: what the outer item has before it, and its own item's earlier fields.
    expect(keys(def, 'guardian')).toEqual(['outdoor', 'performerName', 'pyrotechnics', 'pyroPlan', 'weatherProtection', 'memberName', 'minor']);
    expect(groupFieldsLeftOut(def, 'guardian')).toBe(false);
  });

  it('outside a group: none of the group’s fields, and the designer is told why', () => {
    const def = eventForm();
    expect(keys(def, 'fireSafety')).toEqual(['outdoor']);
    expect(groupFieldsLeftOut(def, 'fireSafety')).toBe(true);
    expect(groupFieldsLeftOut(def, 'performers')).toBe(false);
    // The outer group's item does not see into the members' items either.
    expect(keys(def, 'weatherProtection')).not.toContain('minor');
  });

  it('every offered source is one the server accepts, and every other earlier field one it refuses', () => {
    const def = eventForm();
    const dataFields = allLocations(def).filter((l) => l.element.kind !== 'section' && l.element.kind !== 'group');
    for (const target of allLocations(def)) {
      const offered = new Set(keys(def, target.element.id));
      for (const source of dataFields) {
        if (source.element.id === target.element.id) continue;
        const codes = formProblems(withCondition(def, target.element.id, { field: source.element.key, op: 'answered' }))
          .map((p) => p.code)
          .filter((code) => code.startsWith('condition'));
        expect({ target: target.element.key, source: source.element.key, accepted: codes.length === 0 })
          .toEqual({ target: target.element.key, source: source.element.key, accepted: offered.has(source.element.key) });
      }
    }
  });

  it('the server keeps and the page shows a group field per item, by its own item and by the answers before the group', () => {
    let def = eventForm();
    def = withCondition(def, 'pyroSection', { field: 'pyrotechnics', op: 'equals', value: true });
    def = withCondition(def, 'weatherProtection', { field: 'outdoor', op: 'equals', value: true });
    def = withCondition(def, 'guardian', { field: 'minor', op: 'equals', value: true });
    const data = {
      outdoor: true,
      performers: [
        {
          performerName: 'Tulitaiteilijat', pyrotechnics: true, pyroSection: { pyroPlan: 'Tulishow Koskipuistossa klo 22' }, weatherProtection: 'Katos',
          members: [{ memberName: 'Aino', minor: false, guardian: 'ei kuulu' }, { memberName: 'Eetu', minor: true, guardian: 'Marja' }],
        },
        { performerName: 'Pispalan kuoro', pyrotechnics: false, pyroSection: { pyroPlan: 'ei kuulu' }, weatherProtection: 'Teltta' },
      ],
      fireSafety: 'Sammuttimet lavan vieressä',
    };
    const hidden = [...visibilityOf(def, data).hidden].sort();
    expect(hidden).toEqual(['performers.0.members.0.guardian', 'performers.1.pyroSection']);

    const checked = validateSubmission(def, data, 'fi');
    expect(checked.ok).toBe(true);
    const performers = (checked.ok ? checked.data.performers : []) as Array<Record<string, unknown>>;
    expect(performers[0].pyroSection).toEqual({ pyroPlan: 'Tulishow Koskipuistossa klo 22' });
    expect(performers[1].pyroSection).toBeUndefined();
    expect((performers[0].members as Array<Record<string, unknown>>).map((m) => m.guardian)).toEqual([undefined, 'Marja']);

    // Indoors, no item asks for weather protection.
    const indoors = visibilityOf(def, { ...data, outdoor: false }).hidden;
    expect([...indoors].filter((p) => p.endsWith('weatherProtection'))).toEqual(['performers.0.weatherProtection', 'performers.1.weatherProtection']);
  });
});
