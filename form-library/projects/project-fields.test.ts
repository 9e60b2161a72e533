/**
 * The mapping rules of project data: which project fields a form field may take its value from,
 * how a form is prefilled from a project and which mapped fields a change of the project reaches.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition, FormElement, ProjectDataDefinition } from '../format/types';
import { changedMappings, fittingProjectFields, formMappings, mappingProblem, prefillFromProject, projectDataFromForm, projectFields } from './project-fields';

const t = (en: string) => ({ fi: en, sv: en, en });

const organiserType: FormElement = {
  id: 'p-type', kind: 'choice', key: 'organiserType', label: t('The organiser is'),
  options: [{ value: 'company', label: t('a company') }, { value: 'person', label: t('a person') }],
};

const projectData: ProjectDataDefinition = {
  name: t('Event'),
  description: t('The event'),
  elements: [
    {
      id: 'p-organiser', kind: 'section', key: 'organiser', label: t('Organiser'),
      elements: [
        organiserType,
        { id: 'p-name', kind: 'text', key: 'organiserName', label: t('Name') },
        { id: 'p-bid', kind: 'businessId', key: 'businessId', label: t('Business ID') },
      ],
    },
    { id: 'p-event-name', kind: 'text', key: 'eventName', label: t('Event name') },
    { id: 'p-attendance', kind: 'number', key: 'attendance', label: t('Attendance'), integer: true },
    { id: 'p-dates', kind: 'dateRange', key: 'dates', label: t('Dates') },
  ],
};

function field(kind: 'text' | 'textarea' | 'number' | 'businessId' | 'dateRange', projectField?: string, key = `f${kind}`): FormElement {
  return { id: key, kind, key, label: t(key), ...(projectField ? { projectField } : {}) } as FormElement;
}

const fieldsOf = () => projectFields(projectData);
const target = (key: string) => fieldsOf().find((f) => f.key === key);

describe('projectFields', () => {
  it('lists the value fields in document order, sections opened into dotted keys with their labels', () => {
    expect(fieldsOf().map((f) => [f.key, f.labels.map((l) => l.en)])).toEqual([
      ['organiser.organiserType', ['Organiser', 'The organiser is']],
      ['organiser.organiserName', ['Organiser', 'Name']],
      ['organiser.businessId', ['Organiser', 'Business ID']],
      ['eventName', ['Event name']],
      ['attendance', ['Attendance']],
      ['dates', ['Dates']],
    ]);
  });

  it('has none without project data, and leaves out info texts and attachments', () => {
    expect(projectFields(undefined)).toEqual([]);
    const withInfo: ProjectDataDefinition = {
      ...projectData,
      elements: [
        { id: 'i', kind: 'info', key: 'note', label: t('Note'), text: t('Read this') },
        { id: 'a', kind: 'attachment', key: 'plan', label: t('Plan') },
        { id: 'n', kind: 'text', key: 'name', label: t('Name') },
      ],
    };
    expect(projectFields(withInfo).map((f) => f.key)).toEqual(['name']);
  });
});

describe('mappingProblem', () => {
  it('fits the same kind, and short and long text either way', () => {
    expect(mappingProblem(field('number'), target('attendance'))).toBeNull();
    expect(mappingProblem(field('businessId'), target('organiser.businessId'))).toBeNull();
    expect(mappingProblem(field('textarea'), target('eventName'))).toBeNull();
    expect(mappingProblem(field('text'), target('eventName'))).toBeNull();
  });

  it('refuses a different kind of value, a missing project field and a field with no value', () => {
    expect(mappingProblem(field('number'), target('eventName'))).toBe('kind');
    expect(mappingProblem(field('text'), target('organiser.businessId'))).toBe('kind');
    expect(mappingProblem(field('dateRange'), target('attendance'))).toBe('kind');
    expect(mappingProblem(field('text'), target('nowhere'))).toBe('missing');
    expect(mappingProblem({ id: 'g', kind: 'group', key: 'rows', label: t('Rows'), elements: [] }, target('eventName'))).toBe('not_shareable');
    expect(mappingProblem({ id: 'a', kind: 'attachment', key: 'plan', label: t('Plan') }, target('eventName'))).toBe('not_shareable');
  });

  it('fits a choice only when it offers every option the project can hold', () => {
    const more: FormElement = { ...organiserType, id: 'f', options: [...organiserType.options, { value: 'association', label: t('an association') }] };
    const fewer: FormElement = { ...organiserType, id: 'f', options: [organiserType.options[0]] };
    expect(mappingProblem(more, target('organiser.organiserType'))).toBeNull();
    expect(mappingProblem(fewer, target('organiser.organiserType'))).toBe('options');
    expect(mappingProblem({ ...organiserType, kind: 'multiChoice' } as FormElement, target('organiser.organiserType'))).toBe('kind');
  });
});

describe('fittingProjectFields', () => {
  it('offers only the project fields of a fitting kind', () => {
    expect(fittingProjectFields(field('text'), projectData).map((f) => f.key)).toEqual(['organiser.organiserName', 'eventName']);
    expect(fittingProjectFields(field('number'), projectData).map((f) => f.key)).toEqual(['attendance']);
    expect(fittingProjectFields(field('number'), undefined)).toEqual([]);
  });
});

const form: FormDefinition = {
  pages: [
    {
      id: 'p1',
      title: t('Organiser'),
      elements: [
        {
          id: 's', kind: 'section', key: 'applicant', label: t('Applicant'),
          elements: [field('text', 'organiser.organiserName', 'applicantName'), field('businessId', 'organiser.businessId', 'applicantBusinessId')],
        },
        {
          id: 'g', kind: 'group', key: 'guards', label: t('Guards'),
          elements: [field('text', 'organiser.organiserName', 'guardName')],
        },
      ],
    },
    { id: 'p2', title: t('Event'), elements: [field('text', 'eventName', 'name'), field('number', 'attendance', 'people'), field('textarea', undefined, 'other')] },
  ],
};

describe('formMappings', () => {
  it('lists every mapped field with its path, never a field in a repeating group', () => {
    expect(formMappings(form).map((m) => [m.path, m.projectField])).toEqual([
      ['applicant.applicantName', 'organiser.organiserName'],
      ['applicant.applicantBusinessId', 'organiser.businessId'],
      ['name', 'eventName'],
      ['people', 'attendance'],
    ]);
  });
});

describe('prefillFromProject', () => {
  const project = { organiser: { organiserName: 'Kallio ry', businessId: '1234567-1' }, eventName: 'Kallio Block Party', attendance: 800 };

  it('fills mapped fields, inside sections too, and keeps the draft’s other answers', () => {
    const answers = { other: 'Stage by the park', guards: [{ guardName: 'Matti' }], applicant: { applicantName: 'Old name' } };
    expect(prefillFromProject(form, project, answers)).toEqual({
      other: 'Stage by the park',
      guards: [{ guardName: 'Matti' }],
      applicant: { applicantName: 'Kallio ry', applicantBusinessId: '1234567-1' },
      name: 'Kallio Block Party',
      people: 800,
    });
    expect(answers.applicant.applicantName).toBe('Old name');
  });

  it('clears a mapped answer the project has no value for', () => {
    const prefilled = prefillFromProject(form, { eventName: 'Kallio Block Party' }, { people: 12, applicant: { applicantBusinessId: '7654321-0' } });
    expect(prefilled).toEqual({ name: 'Kallio Block Party', applicant: {} });
  });
});

describe('changedMappings', () => {
  it('names the mapped fields whose project value changed, and only those', () => {
    const before = { organiser: { organiserName: 'Kallio ry', businessId: '1234567-1' }, eventName: 'Block Party', attendance: 800 };
    const after = { organiser: { organiserName: 'Kallio ry', businessId: '1234567-1' }, eventName: 'Block Party', attendance: 1200, dates: { start: '2027-06-04', end: '2027-06-05' } };
    expect(changedMappings(form, before, after).map((m) => m.path)).toEqual(['people']);
    expect(changedMappings(form, before, structuredClone(before))).toEqual([]);
    expect(changedMappings(form, before, { ...after, organiser: {} }).map((m) => m.path)).toEqual(['applicant.applicantName', 'applicant.applicantBusinessId', 'people']);
  });
});

describe('projectDataFromForm', () => {
  // An assessment's questions, some mapped to project data the way a service's fields are.
  const questions: FormDefinition = {
    pages: [{
      id: 'q', title: t('Questions'),
      elements: [
        { id: 'q-people', kind: 'number', key: 'people', label: t('How many people?'), integer: true, projectField: 'attendance' },
        { id: 'q-who', kind: 'choice', key: 'who', label: t('Who organises?'), projectField: 'organiser.organiserType', options: [...organiserType.kind === 'choice' ? organiserType.options : [], { value: 'society', label: t('a society') }] },
        { id: 'q-music', kind: 'yesNo', key: 'music', label: t('Amplified music?') },
        { id: 'q-name', kind: 'yesNo', key: 'named', label: t('Has a name?'), projectField: 'eventName' },
      ],
    }],
  };

  it('carries each mapped answer into its project field, inside sections too, and nothing unmapped', () => {
    expect(projectDataFromForm(questions, projectData, { people: 1500, who: 'company', music: true })).toEqual({
      attendance: 1500,
      organiser: { organiserType: 'company' },
    });
  });

  it('leaves out answers the project field cannot hold: another kind of value, an option it lacks, no answer', () => {
    // "named" is yes/no mapped to a text field: a mapping the publishing check refuses, never carried.
    expect(projectDataFromForm(questions, projectData, { named: true, who: 'society', people: null })).toEqual({});
    expect(projectDataFromForm(questions, undefined, { people: 1500 })).toEqual({});
  });
});
