/**
 * A pack's project data and its forms' mappings to it: what the designer's problem list shows and
 * the publishing gate refuses, each problem naming both fields in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import type { FormElement, FormPackContent } from '../format/types';
import { readyPack } from '../library/index';
import { blockingProblems, packProblems } from './index';

function eventPack(): FormPackContent {
  return structuredClone(readyPack('event-organising'));
}

/** The police notification's element with `key`, searched through sections and groups. */
function element(content: FormPackContent, key: string, service = 'public-event-police'): FormElement {
  const find = (elements: FormElement[]): FormElement | undefined => {
    for (const el of elements) {
      if (el.key === key) return el;
      if (el.kind === 'section' || el.kind === 'group') {
        const inner = find(el.elements);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  const found = find(content.services.find((s) => s.id === service)!.form.pages.flatMap((p) => p.elements));
  if (!found) throw new Error(`no ${key}`);
  return found;
}

function projectProblems(content: FormPackContent, lang: 'fi' | 'sv' | 'en' = 'en') {
  return packProblems(content, lang).filter((p) => p.code.startsWith('project') || p.path.startsWith('projectData'));
}

describe('project data problems', () => {
  it('finds none in the event organising pack, whose five services map to its project data', () => {
    expect(packProblems(eventPack(), 'fi')).toEqual([]);
  });

  it('names both fields, with their kinds, when a number takes its value from a text', () => {
    const content = eventPack();
    element(content, 'expectedAttendees').projectField = 'event.eventName';
    const problems = projectProblems(content);
    expect(problems).toEqual([{
      code: 'projectFieldKind',
      path: 'services.0.form.pages.1.elements.5.projectField',
      message: 'Field "Expected number of attendees in total" (number) cannot take its value from project data "Event › Name of the event" (short text).',
      severity: 'error',
      source: 'form',
      elementId: element(content, 'expectedAttendees').id,
      serviceIndex: 0,
    }]);
    expect(blockingProblems(packProblems(content, 'en'))).toHaveLength(1);
    expect(projectProblems(content, 'fi')[0].message).toBe('Kenttä "Arvioitu osallistujamäärä yhteensä" (numero) ei voi saada arvoaan hanketiedosta "Tapahtuma › Tapahtuman nimi" (lyhyt teksti).');
    expect(projectProblems(content, 'sv')[0].message).toContain('kan inte få sitt värde från projektuppgiften "Evenemang › Evenemangets namn" (kort text)');
  });

  it('checks an assessment question that carries its answer into project data by the same rules', () => {
    const content = eventPack();
    const questions = content.assessments![0].form.pages.flatMap((p) => p.elements);
    const attendance = questions.find((q) => q.key === 'attendance')!;
    expect(attendance.projectField).toBe('event.maxSimultaneousAttendees');
    attendance.projectField = 'event.eventName';
    const problems = projectProblems(content);
    expect(problems.map((p) => [p.code, p.path.split('.').slice(0, 2).join('.'), p.elementId])).toEqual([['projectFieldKind', 'assessments.0', attendance.id]]);
    expect(blockingProblems(problems)).toHaveLength(1);
  });

  it('names a project field the project data does not have', () => {
    const content = eventPack();
    element(content, 'eventPlace').projectField = 'event.venue';
    expect(projectProblems(content).map((p) => [p.code, p.message])).toEqual([
      ['projectFieldUnknown', 'Field "Venue" is prefilled from project data "event.venue", which the pack\'s project data does not have.'],
    ]);
  });

  it('names the options a choice lacks', () => {
    const content = eventPack();
    const venue = element(content, 'venueKind');
    if (venue.kind !== 'choice') throw new Error('venueKind is a choice');
    venue.options = venue.options.filter((o) => o.value !== 'both');
    expect(projectProblems(content).map((p) => [p.code, p.message])).toEqual([
      ['projectFieldOptions', 'Field "The event is held" cannot take its value from project data "Event › The event is held": it lacks "both outdoors and indoors", which the project data can hold.'],
    ]);
  });

  it('refuses a mapping inside a repeating group and on an element that holds no value', () => {
    const content = eventPack();
    element(content, 'guardName').projectField = 'contactPerson.contactName';
    element(content, 'siteMap').projectField = 'event.eventPlace';
    expect(projectProblems(content).map((p) => [p.code, p.message])).toEqual([
      ['projectFieldInGroup', 'Field "Name" is inside a repeating group, so it cannot be prefilled from project data "Contact person › Name": a group has one answer per row.'],
      ['projectFieldNotValue', '"Map or site plan of the event area" (attachment) holds no value to share with a project, so it cannot be prefilled from project data "Event › Venue".'],
    ]);
  });

  it('refuses mappings in a pack without project data', () => {
    const content = eventPack();
    delete content.projectData;
    const problems = projectProblems(content);
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['projectFieldWithoutProjectData']));
    expect(problems.length).toBeGreaterThan(30);
    expect(problems[0].message).toBe('Field "The organiser is" is prefilled from project data "organiser.organiserType", but the pack has no project data.');
  });

  it('refuses groups, attachments and info texts in the project data, and keys used twice', () => {
    const content = eventPack();
    const data = content.projectData!;
    data.elements.push(
      { id: 'x-group', kind: 'group', key: 'stands', label: { fi: 'Myyntipisteet', sv: 'Försäljningsställen', en: 'Stands' }, elements: [{ id: 'x-stand', kind: 'text', key: 'standName', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' } }] },
      { id: 'x-file', kind: 'attachment', key: 'sitePlan', label: { fi: 'Asemapiirros', sv: 'Situationsplan', en: 'Site plan' } },
      { id: 'x-info', kind: 'info', key: 'note', label: { fi: 'Huom', sv: 'Obs', en: 'Note' }, text: { fi: 'Lue', sv: 'Läs', en: 'Read' } },
      { id: 'x-dup', kind: 'text', key: 'eventName', label: { fi: 'Nimi', sv: 'Namn', en: 'Name again' } },
    );
    expect(projectProblems(content).map((p) => [p.code, p.path])).toEqual([
      ['duplicateKey', 'projectData.elements.6.key'],
      ['projectDataKind', 'projectData.elements.3.kind'],
      ['projectDataKind', 'projectData.elements.4.kind'],
      ['projectDataKind', 'projectData.elements.5.kind'],
    ]);
    expect(projectProblems(content).find((p) => p.path === 'projectData.elements.3.kind')?.message).toBe(
      'Project data cannot hold "Stands" (repeating group): only value fields and sections of them, no repeating groups, attachments or info texts.',
    );
  });

  it('asks for the project data’s texts in Finnish and Swedish', () => {
    const content = eventPack();
    content.projectData!.name = { fi: 'Tapahtuma', en: 'Event' };
    expect(projectProblems(content).map((p) => [p.code, p.path, p.severity])).toEqual([['missingTranslation', 'projectData.name.sv', 'error']]);
  });
});
