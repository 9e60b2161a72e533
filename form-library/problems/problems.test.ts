import { describe, expect, it } from 'vitest';
import { describeFormProblem, formProblems, missingTranslations } from './index';
import { eventPack, publicEventForm } from '../test-fixtures/public-event-notification';
import type { FormDefinition, FormElement } from '../format/types';

function form(...elements: FormElement[]): FormDefinition {
  return { pages: [{ id: 'p1', title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' }, elements }] };
}
const label = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const yesNo = (key: string, extra: Partial<FormElement> = {}): FormElement =>
  ({ id: `e-${key}`, kind: 'yesNo', key, label: label(key), ...extra }) as FormElement;

describe('formProblems', () => {
  it('finds nothing wrong in the complete public event form', () => {
    expect(formProblems(publicEventForm)).toEqual([]);
  });

  it('reports each missing translation with its language and place', () => {
    const def = form({ id: 'e-name', kind: 'text', key: 'eventName', label: { fi: 'Tapahtuman nimi' }, help: { fi: 'Nimi', en: 'Name' } });
    expect(formProblems(def)).toEqual([
      { code: 'missingTranslation', elementId: 'e-name', path: 'pages.0.elements.0.label', lang: 'sv', params: { text: 'label', label: { fi: 'Tapahtuman nimi' }, key: 'eventName' } },
      { code: 'missingTranslation', elementId: 'e-name', path: 'pages.0.elements.0.label', lang: 'en', params: { text: 'label', label: { fi: 'Tapahtuman nimi' }, key: 'eventName' } },
      { code: 'missingTranslation', elementId: 'e-name', path: 'pages.0.elements.0.help', lang: 'sv', params: { text: 'help', label: { fi: 'Tapahtuman nimi' }, key: 'eventName' } },
    ]);
  });

  it('reports duplicate keys across sections and invalid keys', () => {
    const def = form(
      { id: 's', kind: 'section', key: 'organiser', label: label('Järjestäjä'), elements: [yesNo('alcohol')] },
      yesNo('alcohol', { id: 'e-alcohol-2' }),
      yesNo('2nd field', { id: 'e-bad' }),
    );
    expect(formProblems(def).map((p) => [p.code, p.elementId, p.path])).toEqual([
      ['duplicateKey', 'e-alcohol-2', 'pages.0.elements.1.key'],
      ['invalidKey', 'e-bad', 'pages.0.elements.2.key'],
    ]);
  });

  it('reports a condition on a removed field and on a later field', () => {
    const def = form(
      yesNo('servingDetails', { condition: { field: 'alcohol', op: 'equals', value: true } }),
      yesNo('alcohol'),
      yesNo('strong', { condition: { field: 'removedField', op: 'answered' } }),
    );
    expect(formProblems(def).map((p) => [p.code, p.path, p.params?.field])).toEqual([
      ['conditionLaterField', 'pages.0.elements.0.condition.field', 'alcohol'],
      ['conditionUnknownField', 'pages.0.elements.2.condition.field', 'removedField'],
    ]);
  });

  it('compares only numbers, times and dates, each with a value of its own kind', () => {
    const def = form(
      { id: 'e-att', kind: 'number', key: 'attendance', label: label('Henkilömäärä') },
      { id: 'e-until', kind: 'time', key: 'soundUntil', label: label('Äänentoisto päättyy') },
      yesNo('big', { condition: { field: 'attendance', op: 'atLeast', value: 200 } }),
      yesNo('late', { condition: { field: 'soundUntil', op: 'above', value: '22:00' } }),
      yesNo('wrongValue', { condition: { field: 'soundUntil', op: 'above', value: 22 } }),
      yesNo('wrongField', { condition: { field: 'big', op: 'atLeast', value: 1 } }),
    );
    expect(formProblems(def).map((p) => [p.code, p.path, p.params?.value])).toEqual([
      ['conditionValueNotOption', 'pages.0.elements.4.condition.value', '22'],
      ['conditionNotComparable', 'pages.0.elements.5.condition.field', undefined],
    ]);
    expect(describeFormProblem(formProblems(def)[1], 'fi')).toContain('vain numeroa, kellonaikaa tai päivämäärää');
  });

  it('a page condition may only look at earlier pages', () => {
    const def: FormDefinition = {
      pages: [{ id: 'p1', title: label('Anniskelu'), condition: { field: 'alcohol', op: 'equals', value: true }, elements: [yesNo('alcohol')] }],
    };
    expect(formProblems(def).map((p) => p.code)).toEqual(['conditionLaterField']);
  });

  it('a condition inside a group may use a sibling, one outside may not use a group field', () => {
    const def = form(
      { id: 'g', kind: 'group', key: 'performers', label: label('Esiintyjät'), elements: [
        yesNo('pyrotechnics'),
        yesNo('pyroPlan', { condition: { field: 'pyrotechnics', op: 'equals', value: true } }),
      ] },
      yesNo('fireSafety', { condition: { field: 'pyrotechnics', op: 'equals', value: true } }),
    );
    expect(formProblems(def).map((p) => [p.code, p.path])).toEqual([['conditionFieldInGroup', 'pages.0.elements.1.condition.field']]);
  });

  it('reports a condition value that is not among the options, and one on a section', () => {
    const def = form(
      { id: 'e-type', kind: 'choice', key: 'eventType', label: label('Laji'), options: [{ value: 'concert', label: label('Konsertti') }] },
      yesNo('alcohol'),
      { id: 's', kind: 'section', key: 'organiser', label: label('Järjestäjä'), elements: [yesNo('vip')] },
      yesNo('security', { condition: { field: 'eventType', op: 'oneOf', values: ['concert', 'rave'] } }),
      yesNo('serving', { condition: { field: 'alcohol', op: 'equals', value: 'yes' } }),
      yesNo('badge', { condition: { field: 'organiser', op: 'answered' } }),
    );
    expect(formProblems(def).map((p) => [p.code, p.path, p.params?.value])).toEqual([
      ['conditionValueNotOption', 'pages.0.elements.3.condition.values', 'rave'],
      ['conditionValueNotOption', 'pages.0.elements.4.condition.value', 'yes'],
      ['conditionNoAnswer', 'pages.0.elements.5.condition.field', undefined],
    ]);
  });

  it('reports empty choice lists, pages, sections and groups', () => {
    const def: FormDefinition = {
      pages: [
        { id: 'p1', title: label('Tyhjä'), elements: [] },
        { id: 'p2', title: label('Sivu'), elements: [
          { id: 'c', kind: 'choice', key: 'eventType', label: label('Laji'), options: [] },
          { id: 's', kind: 'section', key: 'organiser', label: label('Järjestäjä'), elements: [] },
          { id: 'g', kind: 'group', key: 'performers', label: label('Esiintyjät'), elements: [] },
        ] },
      ],
    };
    expect(formProblems(def).map((p) => [p.code, p.path])).toEqual([
      ['emptyPage', 'pages.0'],
      ['emptyChoiceList', 'pages.1.elements.0.options'],
      ['emptySection', 'pages.1.elements.1.elements'],
      ['emptyGroup', 'pages.1.elements.2.elements'],
    ]);
    expect(formProblems({ pages: [] }).map((p) => p.code)).toEqual(['noPages']);
  });

  it('reports a pattern that is not a regular expression and limits the wrong way round', () => {
    const def = form(
      { id: 't', kind: 'text', key: 'licence', label: label('Lupa'), pattern: '[A-Z' },
      { id: 'n', kind: 'number', key: 'attendance', label: label('Yleisö'), min: 100, max: 10 },
    );
    expect(formProblems(def).map((p) => [p.code, p.path])).toEqual([
      ['invalidPattern', 'pages.0.elements.0.pattern'],
      ['minAboveMax', 'pages.0.elements.1.min'],
    ]);
  });
});

describe('describeFormProblem', () => {
  it('says which text is missing in which language, in the designer\'s language', () => {
    const problem = { code: 'missingTranslation' as const, path: 'pages.0.elements.0.label', lang: 'sv' as const, params: { text: 'label' as const, label: { fi: 'Y-tunnus' }, key: 'businessId' } };
    expect(describeFormProblem(problem, 'fi')).toBe('Otsikko puuttuu ruotsiksi: "Y-tunnus".');
    expect(describeFormProblem(problem, 'sv')).toBe('Rubriken saknas på svenska: "Y-tunnus".');
    expect(describeFormProblem(problem, 'en')).toBe('The label is missing in Swedish: "Y-tunnus".');
  });
  it('names the referenced field by its label in a condition problem', () => {
    const [problem] = formProblems(form(
      yesNo('serving', { condition: { field: 'alcohol', op: 'equals', value: true } }),
      { id: 'a', kind: 'yesNo', key: 'alcohol', label: { fi: 'Anniskellaanko alkoholia?', sv: 'Serveras alkohol?', en: 'Is alcohol served?' } },
    ));
    expect(describeFormProblem(problem, 'sv')).toBe(
      'Visningsvillkoret för "serving (sv)" hänvisar till "Serveras alkohol?", som inte kommer före det. Ett villkor kan bara gälla tidigare fält.',
    );
  });
  it('has a sentence for every problem code in every language', () => {
    const codes = ['missingTranslation', 'duplicateKey', 'invalidKey', 'conditionUnknownField', 'conditionLaterField', 'conditionFieldInGroup',
      'conditionNoAnswer', 'conditionValueNotOption', 'emptyChoiceList', 'duplicateOption', 'emptyPage', 'emptySection', 'emptyGroup',
      'noPages', 'invalidPattern', 'minAboveMax', 'placeholderText'] as const;
    for (const code of codes) for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(describeFormProblem({ code, path: 'pages.0', lang: 'en', params: { label: { fi: 'Kenttä' }, key: 'field', field: 'x', value: 'v' } }, lang)).toMatch(/\.$/);
    }
  });
});

describe('missingTranslations (publishing language gate)', () => {
  it('passes the complete event pack for fi and sv', () => {
    expect(missingTranslations(eventPack, ['fi', 'sv'])).toEqual([]);
  });
  it('finds missing Swedish in service names, forms and workflow labels', () => {
    const pack = structuredClone(eventPack);
    delete pack.services[0].name.sv;
    delete pack.services[0].form.pages[1].elements[0].label.sv;
    pack.services[0].workflow.states[1].label = { fi: 'Käsitelty' };
    delete pack.services[0].workflow.transitions[0].customerAlert!.sv;
    expect(missingTranslations(pack, ['fi', 'sv']).map((p) => [p.path, p.lang])).toEqual([
      ['services.0.name', 'sv'],
      ['services.0.form.pages.1.elements.0.label', 'sv'],
      ['services.0.workflow.states.1.label', 'sv'],
      ['services.0.workflow.transitions.0.customerAlert', 'sv'],
    ]);
    expect(missingTranslations(pack, ['fi'])).toEqual([]);
  });
});
