import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import { eventKind, eventProjectForm } from './project-fixtures';
import { kindForServices, projectDataFromAnswers, servicesOfKind } from './project-start-rules';

const assessment: FormDefinition = {
  pages: [{
    id: 'q', title: { fi: 'Kysymykset' },
    elements: [
      { id: 'q1', kind: 'number', key: 'people', label: { fi: 'Montako osallistujaa?' }, projectField: 'attendance' },
      { id: 'q2', kind: 'yesNo', key: 'eventName', label: { fi: 'Myydäänkö ruokaa?' }, projectField: 'eventName' },
      { id: 'q4', kind: 'number', key: 'attendance', label: { fi: 'Montako esiintyjää?' } },
      { id: 'q3', kind: 'yesNo', key: 'amplifiedMusic', label: { fi: 'Vahvistettua musiikkia?' } },
    ],
  }],
};

describe('starting a project from an assessment', () => {
  it('carries over the answers of questions mapped to a project data field, when the kind of value fits', () => {
    const data = projectDataFromAnswers(eventProjectForm, assessment, { people: 1500, eventName: true, amplifiedMusic: true, attendance: 12 });
    // people maps to attendance, a number both ways; eventName is text in the project and yes/no in the
    // assessment; amplifiedMusic maps nowhere; the question keyed "attendance" is not mapped, so a like key carries nothing.
    expect(data).toEqual({ attendance: 1500 });
  });

  it('carries nothing when no question maps, so the project starts with the services only', () => {
    expect(projectDataFromAnswers(eventProjectForm, assessment, { amplifiedMusic: true })).toEqual({});
  });

  it('picks the kind whose pack holds the result services, and those services in the kind’s order', () => {
    const other = { ...eventKind, packSlug: 'building', services: [] };
    const refs = [
      { pack: 'event-organising', service: 'temporary-food-sales' },
      { pack: 'event-organising', service: 'public-event-police' },
      { pack: 'event-organising', service: 'not-offered-here' },
    ];
    const kind = kindForServices([other, eventKind], refs);
    expect(kind?.packSlug).toBe('event-organising');
    expect(servicesOfKind(eventKind, refs)).toEqual(['public-event-police', 'temporary-food-sales']);
    expect(kindForServices([other], refs)).toBeUndefined();
  });
});
