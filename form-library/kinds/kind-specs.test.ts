/**
 * The spec registry: every kind of the format has its spec, under its own name, and a new element
 * made from a spec's defaults is a valid element of the pack format that compiles and takes an
 * answer. The `@ts-expect-error` lines are the typecheck's part: a registry that leaves a kind
 * out, or files a spec under another kind, does not compile.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, LANGS, type ElementKind, type FormElement } from '../format/types';
import { validatePackContent } from '../format/pack-schema';
import { compileForm } from '../compiler/compile-form';
import { validateSubmission } from '../validation/validate-submission';
import { eventPack } from '../test-fixtures/public-event-notification';
import { KIND_SPECS, PROPERTY_GROUPS, specOf, type KindSpecs, type StartingTexts } from './index';
import { numberSpec } from './number';

const texts: StartingTexts = {
  option: (n) => ({ fi: `Vaihtoehto ${n}`, sv: `Alternativ ${n}`, en: `Option ${n}` }),
  infoText: { fi: 'Lisätietoa', sv: 'Mer information', en: 'More information' },
  groupItem: { fi: 'Rivi', sv: 'Rad', en: 'Row' },
};

function newElement(kind: ElementKind): FormElement {
  return { id: `new-${kind}`, key: `new_${kind}`, label: { fi: 'Uusi kenttä', sv: 'Nytt fält', en: 'New field' }, kind, ...specOf(kind).defaults(texts) } as FormElement;
}

describe('the kind spec registry', () => {
  it('holds a spec for every kind of the format, each under its own kind', () => {
    expect(Object.keys(KIND_SPECS).sort()).toEqual([...ELEMENT_KINDS].sort());
    for (const kind of ELEMENT_KINDS) expect(specOf(kind).kind).toBe(kind);
  });

  it('names only property groups the designer knows, each once', () => {
    for (const kind of ELEMENT_KINDS) {
      const groups = specOf(kind).designer.propertyGroups;
      expect(groups.every((g) => PROPERTY_GROUPS.includes(g))).toBe(true);
      expect(new Set(groups).size).toBe(groups.length);
    }
  });

  it('starts every kind as an element the pack format accepts', () => {
    const pack = structuredClone(eventPack);
    pack.services[0].form.pages = [{ id: 'p-new', title: { fi: 'Sivu', sv: 'Sida', en: 'Page' }, elements: ELEMENT_KINDS.map(newElement) }];
    expect(validatePackContent(pack)).toEqual({ ok: true, content: pack });
  });

  it('starts every kind as an element that compiles in every language and takes no answer when not required', () => {
    for (const kind of ELEMENT_KINDS) {
      const form = { pages: [{ id: 'p1', title: { fi: 'Sivu' }, elements: [newElement(kind)] }] };
      for (const lang of LANGS) expect(compileForm(form, lang).schema.properties).toHaveProperty(`new_${kind}`);
      expect(validateSubmission(form, {}, 'fi')).toEqual({ ok: true, data: {} });
    }
  });

  it('gives every new choice its two starting options and every attachment its usual file types', () => {
    expect(newElement('choice')).toMatchObject({ display: 'radio', options: [{ value: 'option1', label: texts.option(1) }, { value: 'option2', label: texts.option(2) }] });
    expect(newElement('attachment')).toMatchObject({ accept: ['application/pdf', 'image/jpeg', 'image/png'], maxFiles: 5, maxSizeMb: 10 });
  });
});

describe('the registry type', () => {
  it('refuses a registry without a kind or with a spec under another kind', () => {
    const { text: _text, ...withoutText } = KIND_SPECS;
    // @ts-expect-error a registry without the text kind's spec does not typecheck
    const incomplete: KindSpecs = withoutText;
    // @ts-expect-error the number spec filed under 'text' does not typecheck
    const misfiled: KindSpecs = { ...KIND_SPECS, text: numberSpec };
    expect(Object.keys(incomplete)).not.toContain('text');
    expect(misfiled.text.kind).toBe('number');
  });

  it('refuses a spec without its part of the submission contract', () => {
    const { contract: _contract, ...withoutContract } = numberSpec;
    // @ts-expect-error a kind that does not say how the submission contract describes it does not typecheck
    const incomplete: KindSpecs = { ...KIND_SPECS, number: withoutContract };
    expect(incomplete.number).not.toHaveProperty('contract');
  });
});

describe('what conditions and projects read from a spec', () => {
  it('lets a project share every kind that holds one value of its own, and no container, file or info', () => {
    const shareable = ELEMENT_KINDS.filter((kind) => specOf(kind).projectValue !== undefined);
    expect(shareable).not.toContain('section');
    expect(shareable).not.toContain('group');
    expect(shareable).not.toContain('attachment');
    expect(shareable).not.toContain('info');
    for (const kind of shareable) expect(specOf(kind).holdsData).toBe(true);
    expect(specOf('textarea').projectValue?.sameAs).toBe('text');
  });

  it('orders numbers, times and dates on their own scales, and nothing else', () => {
    const ordered = ELEMENT_KINDS.filter((kind) => specOf(kind).conditions?.order !== undefined);
    expect(ordered.sort()).toEqual(['date', 'number', 'time']);
    expect(specOf('time').conditions?.order?.scale('22:30')).toBe(22 * 60 + 30);
    expect(specOf('time').conditions?.order?.scale('24:00')).toBeNull();
    expect(specOf('date').conditions?.order?.scale('2027-06-02')).toBe((specOf('date').conditions?.order?.scale('2027-06-01') ?? 0) + 1);
    expect(specOf('date').conditions?.order?.scale('2027-13-01')).toBeNull();
    expect(specOf('number').conditions?.order?.scale('5')).toBeNull();
  });

  it('limits a choice and a yes/no to their own values', () => {
    const choice = newElement('choice');
    const options = choice.kind === 'choice' ? choice.options.map((o) => o.value) : [];
    expect(specOf('choice').conditions?.values?.(choice as FormElement & { kind: 'choice' }).map((v) => v.value)).toEqual(options);
    expect(specOf('yesNo').conditions?.values?.(newElement('yesNo') as FormElement & { kind: 'yesNo' })).toEqual([
      { value: true, label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' } },
      { value: false, label: { fi: 'Ei', sv: 'Nej', en: 'No' } },
    ]);
    expect(specOf('multiChoice').conditions?.list).toBe(true);
  });
});
