import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../form-library/format/types';
import { answerRows, formatDate, visibleAnswers, type AnswerNode } from './index';

// A public event notification to the police, as Helsinki organisers send it.
const eventForm: FormDefinition = {
  pages: [
    {
      id: 'p1',
      title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' },
      elements: [
        { id: 'e1', key: 'eventName', kind: 'text', label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Name of the event' }, required: true },
        { id: 'e2', key: 'dates', kind: 'dateRange', label: { fi: 'Ajankohta', sv: 'Tidpunkt', en: 'Dates' } },
        { id: 'e3', key: 'municipality', kind: 'municipality', label: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' } },
        { id: 'e4', key: 'intro', kind: 'info', label: { fi: 'Ohje' }, text: { fi: 'Lue ohje.' } },
        {
          id: 'e5', key: 'kind', kind: 'choice', label: { fi: 'Tapahtuman tyyppi', sv: 'Typ av evenemang', en: 'Type of event' },
          options: [
            { value: 'concert', label: { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' } },
            { value: 'market', label: { fi: 'Markkinat', sv: 'Marknad', en: 'Market' } },
          ],
        },
        { id: 'e6', key: 'amplified', kind: 'yesNo', label: { fi: 'Vahvistettu ääni', sv: 'Förstärkt ljud', en: 'Amplified sound' }, condition: { field: 'kind', op: 'equals', value: 'concert' } },
        { id: 'e7', key: 'stalls', kind: 'number', label: { fi: 'Myyntipaikkoja', sv: 'Försäljningsplatser', en: 'Stalls' }, condition: { field: 'kind', op: 'equals', value: 'market' } },
      ],
    },
    {
      id: 'p2',
      title: { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' },
      elements: [
        {
          id: 's1', key: 'organiser', kind: 'section', label: { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' },
          elements: [
            { id: 's1a', key: 'orgName', kind: 'text', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' } },
            { id: 's1b', key: 'businessId', kind: 'businessId', label: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' } },
            { id: 's1c', key: 'address', kind: 'address', label: { fi: 'Osoite', sv: 'Adress', en: 'Address' } },
          ],
        },
        {
          id: 'g1', key: 'guards', kind: 'group', label: { fi: 'Järjestyksenvalvojat', sv: 'Ordningsvakter', en: 'Security guards' },
          itemLabel: { fi: 'Järjestyksenvalvoja', sv: 'Ordningsvakt', en: 'Security guard' },
          elements: [
            { id: 'g1a', key: 'guardName', kind: 'text', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' } },
            { id: 'g1b', key: 'guardCard', kind: 'yesNo', label: { fi: 'Voimassa oleva kortti', sv: 'Giltigt kort', en: 'Valid card' } },
          ],
        },
        { id: 'a1', key: 'sitePlan', kind: 'attachment', label: { fi: 'Asemapiirros', sv: 'Situationsplan', en: 'Site plan' } },
      ],
    },
    {
      id: 'p3',
      title: { fi: 'Markkinat', sv: 'Marknad', en: 'Market' },
      condition: { field: 'kind', op: 'equals', value: 'market' },
      elements: [{ id: 'm1', key: 'foodStalls', kind: 'multiChoice', label: { fi: 'Ruokamyynti', sv: 'Matförsäljning', en: 'Food sales' }, options: [{ value: 'raw', label: { fi: 'Raaka', sv: 'Rå', en: 'Raw' } }] }],
    },
  ],
};

const data = {
  eventName: 'Kallio Block Party',
  dates: { start: '2026-08-15', end: '2026-08-16' },
  municipality: '091',
  kind: 'concert',
  amplified: true,
  organiser: { orgName: 'Kallio-Seura ry', businessId: '1572860-0', address: { street: 'Helsinginkatu 25', postalCode: '00530', postOffice: 'Helsinki' } },
  guards: [{ guardName: 'Aino Virtanen', guardCard: true }, { guardName: 'Mikko Lahti', guardCard: false }],
  sitePlan: ['att-1'],
};

describe('answerRows', () => {
  it('gives every visible answer with its label in the requested language, in form order', () => {
    const rows = answerRows(eventForm, data, 'fi', {
      municipalityName: (code) => (code === '091' ? 'Helsinki' : undefined),
      attachmentName: (id) => (id === 'att-1' ? 'asemapiirros.pdf' : undefined),
    });
    expect(rows).toEqual([
      { path: 'eventName', label: 'Tapahtuman nimi', value: 'Kallio Block Party' },
      { path: 'dates', label: 'Ajankohta', value: '15.8.2026 – 16.8.2026' },
      { path: 'municipality', label: 'Kunta', value: 'Helsinki (091)' },
      { path: 'kind', label: 'Tapahtuman tyyppi', value: 'Konsertti' },
      { path: 'amplified', label: 'Vahvistettu ääni', value: 'Kyllä' },
      { path: 'organiser.orgName', label: 'Järjestäjä: Nimi', value: 'Kallio-Seura ry' },
      { path: 'organiser.businessId', label: 'Järjestäjä: Y-tunnus', value: '1572860-0' },
      { path: 'organiser.address', label: 'Järjestäjä: Osoite', value: 'Helsinginkatu 25, 00530 Helsinki' },
      { path: 'guards.0.guardName', label: 'Järjestyksenvalvoja 1: Nimi', value: 'Aino Virtanen' },
      { path: 'guards.0.guardCard', label: 'Järjestyksenvalvoja 1: Voimassa oleva kortti', value: 'Kyllä' },
      { path: 'guards.1.guardName', label: 'Järjestyksenvalvoja 2: Nimi', value: 'Mikko Lahti' },
      { path: 'guards.1.guardCard', label: 'Järjestyksenvalvoja 2: Voimassa oleva kortti', value: 'Ei' },
      { path: 'sitePlan', label: 'Asemapiirros', value: 'asemapiirros.pdf' },
    ]);
  });

  it('uses the Swedish labels and option texts for a Swedish-speaking handler', () => {
    const rows = answerRows(eventForm, data, 'sv');
    expect(rows.find((r) => r.path === 'kind')).toEqual({ path: 'kind', label: 'Typ av evenemang', value: 'Konsert' });
    expect(rows.find((r) => r.path === 'guards.1.guardCard')).toEqual({ path: 'guards.1.guardCard', label: 'Ordningsvakt 2: Giltigt kort', value: 'Nej' });
  });

  it('leaves out fields and pages hidden by a condition, and info texts', () => {
    const paths = answerRows(eventForm, data, 'en').map((r) => r.path);
    expect(paths).not.toContain('stalls');
    expect(paths).not.toContain('foodStalls');
    expect(paths).not.toContain('intro');
  });

  it('shows the market page and stall count when the event is a market', () => {
    const market = { ...data, kind: 'market', amplified: undefined, stalls: 12.5, foodStalls: ['raw'] };
    const rows = answerRows(eventForm, market, 'fi');
    expect(rows.find((r) => r.path === 'stalls')?.value).toBe('12,5');
    expect(rows.find((r) => r.path === 'foodStalls')).toEqual({ path: 'foodStalls', label: 'Ruokamyynti', value: 'Raaka' });
    expect(rows.map((r) => r.path)).not.toContain('amplified');
  });

  it('keeps unanswered visible fields with an empty value so that CSV columns line up', () => {
    const rows = answerRows(eventForm, { eventName: 'Tori', kind: 'concert' }, 'fi');
    expect(rows.find((r) => r.path === 'organiser.businessId')).toEqual({ path: 'organiser.businessId', label: 'Järjestäjä: Y-tunnus', value: '' });
    expect(rows.find((r) => r.path === 'amplified')?.value).toBe('');
  });

  it('falls back to Finnish when a label lacks the requested language', () => {
    const def: FormDefinition = { pages: [{ id: 'p', title: { fi: 'Sivu' }, elements: [{ id: 'x', key: 'venue', kind: 'text', label: { fi: 'Tapahtumapaikka' } }] }] };
    expect(answerRows(def, { venue: 'Kaisaniemen puisto' }, 'en')).toEqual([{ path: 'venue', label: 'Tapahtumapaikka', value: 'Kaisaniemen puisto' }]);
  });
});

describe('visibleAnswers', () => {
  const paths = (nodes: AnswerNode[]): string[] =>
    nodes.flatMap((n) => (n.kind === 'section' ? [n.path, ...paths(n.children)] : n.kind === 'group' ? [n.path, ...n.items.flatMap(paths)] : [n.path]));
  const withRequiredHidden: FormDefinition = {
    pages: [{
      id: 'p1', title: { fi: 'Tapahtuma' }, elements: [
        { id: 'a', key: 'amplified', kind: 'yesNo', required: true, label: { fi: 'Vahvistettu ääni' } },
        { id: 'b', key: 'describe', kind: 'textarea', required: true, label: { fi: 'Kuvaile tapahtumaa', sv: 'Beskriv evenemanget' }, condition: { field: 'amplified', op: 'equals', value: false } },
        { id: 'c', key: 'note', kind: 'text', label: { fi: 'Lisätieto' } },
      ],
    }],
  };

  it('has no place for a required question hidden by its condition, answered or not', () => {
    for (const data of [{ amplified: true }, { amplified: true, describe: 'jäänyt luonnokseen' }]) {
      expect(visibleAnswers(withRequiredHidden, data).flatMap((p) => paths(p.nodes))).toEqual(['amplified', 'note']);
      expect(answerRows(withRequiredHidden, data, 'sv').map((r) => r.path)).toEqual(['amplified', 'note']);
    }
  });

  it('for a summary leaves out unanswered optional questions, keeping unanswered required ones', () => {
    expect(visibleAnswers(withRequiredHidden, { amplified: false }, { omitUnansweredOptional: true }).flatMap((p) => paths(p.nodes))).toEqual(['amplified', 'describe']);
  });

  it('goes by pages, sections and group items as the form does, skipping hidden pages', () => {
    const pages = visibleAnswers(eventForm, data);
    expect(pages.map((p) => p.page.id)).toEqual(['p1', 'p2']);
    expect(paths(pages[1].nodes)).toEqual([
      'organiser', 'organiser.orgName', 'organiser.businessId', 'organiser.address',
      'guards', 'guards.0.guardName', 'guards.0.guardCard', 'guards.1.guardName', 'guards.1.guardCard', 'sitePlan',
    ]);
  });
});

describe('formatDate', () => {
  it('writes ISO dates day first, as Finnish and Finland-Swedish readers expect', () => {
    expect(formatDate('2026-01-05', 'fi')).toBe('5.1.2026');
    expect(formatDate('2026-01-05', 'sv')).toBe('5.1.2026');
    expect(formatDate('2026-01-05', 'en')).toBe('5 January 2026');
  });
});
