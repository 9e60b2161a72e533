/**
 * One list of a pack's problems for the designer, the coordinator's review and the publishing
 * gate: whatever the gate refuses is an error in this list, named where it is.
 */
import { describe, expect, it } from 'vitest';
import type { FormElement } from '../format/types';
import { readyCatalog, readyPack } from '../library/index';
import { eventPack } from '../test-fixtures/public-event-notification';
import { blockingProblems, describeFormProblem, formProblems, packProblems } from './index';

function pack() {
  return structuredClone(eventPack);
}

describe('packProblems', () => {
  it('finds nothing in the complete event pack', () => {
    expect(packProblems(pack(), 'fi')).toEqual([]);
  });

  it('lists the missing Swedish names of the pack and its service as errors, with the service they belong to', () => {
    const content = pack();
    content.name = { fi: content.name.fi, en: content.name.en };
    content.services[0].name = { fi: content.services[0].name.fi };
    const problems = packProblems(content, 'fi');
    expect(problems.map((p) => [p.path, p.severity, p.serviceIndex])).toEqual([
      ['name.sv', 'error', undefined],
      ['services.0.name.sv', 'error', 0],
      ['services.0.name.en', 'warning', 0],
    ]);
    expect(problems[1].message).toBe(`Nimi puuttuu ruotsiksi: "${content.services[0].name.fi}".`);
    expect(blockingProblems(problems).map((p) => p.path)).toEqual(['name.sv', 'services.0.name.sv']);
  });

  it('an empty page stops publishing, as the server has always refused it', () => {
    const content = pack();
    content.services[0].form.pages.push({ id: 'p-empty', title: { fi: 'Liitteet', sv: 'Bilagor', en: 'Attachments' }, elements: [] });
    expect(blockingProblems(packProblems(content, 'en'))).toMatchObject([{ code: 'emptyPage', elementId: 'p-empty', source: 'form', serviceIndex: 0 }]);
  });

  it('a workflow error stops publishing and a workflow warning does not', () => {
    const content = pack();
    content.services[0].workflow.transitions[0].to = 'APPROVED_BY_MAYOR';
    const problems = packProblems(content, 'sv');
    expect(problems.some((p) => p.source === 'workflow' && p.severity === 'error' && p.path.startsWith('services.0.workflow.transitions.0'))).toBe(true);
  });

  it('says a pack without services has none, in the reader’s language', () => {
    const content = { ...pack(), services: [] };
    expect(packProblems(content, 'sv')).toEqual([{ code: 'noServices', path: 'services', message: 'Paketet har inga e-tjänster.', severity: 'error', source: 'format' }]);
  });
});

describe('starting texts left as they were', () => {
  const textField = (label: FormElement['label']): FormElement => ({ id: 'e-new', kind: 'text', key: 'tekstikentta', label });

  it('flags a Finnish label left as "Tekstikenttä" though the Swedish one was written', () => {
    const form = structuredClone(pack().services[0].form);
    form.pages[0].elements.push(textField({ fi: 'Tekstikenttä', sv: 'Arrangörens namn' }));
    expect(formProblems(form).filter((p) => p.code === 'placeholderText').map((p) => p.lang)).toEqual(['fi']);
  });

  it('flags a text field still called "Tekstikenttä" and a choice still offering "Vaihtoehto 1", in each language', () => {
    const content = pack();
    const page = content.services[0].form.pages[0];
    page.elements.push(textField({ fi: 'Tekstikenttä', sv: 'Textfält', en: 'Text field' }));
    page.elements.push({
      id: 'e-choice', kind: 'choice', key: 'tarjoilu', label: { fi: 'Tarjoilu', sv: 'Servering', en: 'Catering' },
      options: [{ value: 'option1', label: { fi: 'Vaihtoehto 1', sv: 'Alternativ 1', en: 'Option 1' } }, { value: 'kahvi', label: { fi: 'Kahvi', sv: 'Kaffe', en: 'Coffee' } }],
    });
    const problems = packProblems(content, 'fi').filter((p) => p.code === 'placeholderText');
    const at = `services.0.form.pages.0.elements.${page.elements.length - 2}`;
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      [`${at}.label.fi`, 'error'],
      [`${at}.label.sv`, 'error'],
      [`${at}.label.en`, 'warning'],
      [`services.0.form.pages.0.elements.${page.elements.length - 1}.options.0.label.fi`, 'error'],
      [`services.0.form.pages.0.elements.${page.elements.length - 1}.options.0.label.sv`, 'error'],
      [`services.0.form.pages.0.elements.${page.elements.length - 1}.options.0.label.en`, 'warning'],
    ]);
    expect(problems[0].message).toBe('Otsikko suomeksi on vielä aloitusteksti "Tekstikenttä". Kirjoita tilalle, mitä asiakkaalle halutaan sanoa.');
    expect(problems[0].elementId).toBe('e-new');
  });

  it('flags a page still called "Sivu N" and an info text still reading "Ohjeteksti"', () => {
    const form = structuredClone(pack().services[0].form);
    const at = form.pages.length;
    form.pages.push({ id: 'p-new', title: { fi: `Sivu ${at + 1}`, sv: 'Bilagor', en: 'Attachments' }, elements: [
      { id: 'e-info', kind: 'info', key: 'ohje', label: { fi: 'Liitteistä', sv: 'Om bilagor', en: 'About attachments' }, text: { fi: 'Ohjeteksti', sv: 'Bifoga planen.', en: 'Attach the plan.' } },
    ] });
    const found = formProblems(form).filter((p) => p.code === 'placeholderText');
    expect(found.map((p) => [p.path, p.lang, p.params?.value])).toEqual([
      [`pages.${at}.title`, 'fi', `Sivu ${at + 1}`],
      [`pages.${at}.elements.0.text`, 'fi', 'Ohjeteksti'],
    ]);
    expect(describeFormProblem(found[0], 'sv')).toBe(`Sidans rubrik på finska är fortfarande starttexten "Sivu ${at + 1}". Skriv i stället det som kunden ska läsa.`);
  });

  it('leaves labels that name their data alone: an email field may well be called "Sähköposti", a count "Number"', () => {
    const form = structuredClone(pack().services[0].form);
    form.pages[0].elements.push({ id: 'e-mail', kind: 'email', key: 'sahkoposti', label: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' } });
    form.pages[0].elements.push({ id: 'e-count', kind: 'number', key: 'maara', label: { fi: 'Määrä', sv: 'Antal', en: 'Number' } });
    form.pages[0].elements.push(textField({ fi: 'Tekstikenttä ravintolan nimelle', sv: 'Restaurangens namn', en: 'Name of the restaurant' }));
    expect(formProblems(form).filter((p) => p.code === 'placeholderText')).toEqual([]);
  });

  it('takes a pack of assessments alone as having content, and lists its assessments\' rule problems when given what they may name', () => {
    const content = structuredClone(readyPack('event-organising'));
    content.assessments![0].topic = 'no-such-topic';
    const onlyAssessments = { ...content, services: [] };
    expect(packProblems(onlyAssessments, 'fi').map((p) => p.code)).not.toContain('noServices');
    expect(packProblems({ ...onlyAssessments, assessments: [] }, 'fi').map((p) => p.code)).toContain('noServices');
    // Without the catalog (in the browser) the rules are the server's to check; with it they are errors.
    expect(packProblems(content, 'fi').filter((p) => p.source === 'assessment')).toEqual([]);
    const withCatalog = packProblems(content, 'fi', readyCatalog()).filter((p) => p.source === 'assessment');
    expect(withCatalog.map((p) => [p.code, p.path, p.severity])).toContainEqual(['unknownTopic', 'assessments.0.topic', 'error']);
  });
});
