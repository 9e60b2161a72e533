/**
 * The PDF and CSV label answers with form-library's answerRows; the summary, the receipt, My
 * submissions and the desk show them with the renderer's AnswerSummary. This test feeds both the
 * same answers and holds them to the same labels and values, and to leaving out the same hidden questions.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import { answerRows, LABEL_SEPARATOR } from '../../../form-library/answers';
import { AnswerSummary } from '../../form-renderer';

const definition: FormDefinition = {
  pages: [{
    id: 'p1', title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' },
    elements: [
      { id: 'e1', key: 'eventName', kind: 'text', label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Name of the event' } },
      { id: 'e2', key: 'dates', kind: 'dateRange', label: { fi: 'Ajankohta', sv: 'Tidpunkt', en: 'Dates' } },
      { id: 'e3', key: 'kind', kind: 'choice', label: { fi: 'Tyyppi', sv: 'Typ', en: 'Type' }, options: [{ value: 'concert', label: { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' } }] },
      { id: 'e4', key: 'amplified', kind: 'yesNo', label: { fi: 'Vahvistettu ääni', sv: 'Förstärkt ljud', en: 'Amplified sound' } },
      { id: 'e5', key: 'visitors', kind: 'number', label: { fi: 'Kävijöitä', sv: 'Besökare', en: 'Visitors' } },
      { id: 'e6', key: 'day', kind: 'date', label: { fi: 'Rakentaminen', sv: 'Byggande', en: 'Set-up' } },
      { id: 'e7', key: 'describe', kind: 'textarea', required: true, label: { fi: 'Kuvaile tapahtumaa', sv: 'Beskriv evenemanget', en: 'Describe the event' },
        condition: { field: 'amplified', op: 'equals', value: false } },
      { id: 'e8', key: 'stage', kind: 'section', label: { fi: 'Lava', sv: 'Scen', en: 'Stage' }, elements: [
        // Untranslated and half-translated labels: both sides fall back the same way (Finnish first).
        { id: 'e8a', key: 'stageSize', kind: 'text', label: { fi: 'Koko', sv: '', en: 'Size' } },
        { id: 'e8c', key: 'stageCover', kind: 'text', label: { fi: 'Katos' } },
        { id: 'e8b', key: 'roof', kind: 'yesNo', required: true, label: { fi: 'Katettu', sv: 'Täckt', en: 'Roofed' }, condition: { field: 'kind', op: 'equals', value: 'market' } },
      ] },
      { id: 'e9', key: 'days', kind: 'group', itemLabel: { fi: 'Päivä', sv: 'Dag', en: 'Day' }, label: { fi: 'Päivät', sv: 'Dagar', en: 'Days' }, elements: [
        { id: 'e9a', key: 'dayDate', kind: 'date', required: true, label: { fi: 'Päivämäärä', sv: 'Datum', en: 'Date' } },
        { id: 'e9b', key: 'late', kind: 'yesNo', label: { fi: 'Jatkuu yli klo 22', sv: 'Fortsätter efter kl. 22', en: 'Goes on after 10 pm' } },
        { id: 'e9c', key: 'lateReason', kind: 'text', required: true, label: { fi: 'Miksi myöhään', sv: 'Varför sent', en: 'Why late' }, condition: { field: 'late', op: 'equals', value: true } },
      ] },
    ],
  }, {
    id: 'p2', title: { fi: 'Markkinat', sv: 'Marknad', en: 'Market' }, condition: { field: 'kind', op: 'equals', value: 'market' },
    elements: [{ id: 'm1', key: 'stalls', kind: 'number', required: true, label: { fi: 'Myyntipaikkoja', sv: 'Försäljningsplatser', en: 'Stalls' } }],
  }],
};
const data = {
  eventName: 'Kallio Block Party', dates: { start: '2026-08-15', end: '2026-08-16' }, kind: 'concert', amplified: true, visitors: 1500, day: '2026-08-14',
  stage: { stageSize: '8 x 6 m', stageCover: 'Telttakatos' },
  days: [{ dayDate: '2026-08-15', late: true, lateReason: 'Finaali' }, { dayDate: '2026-08-16', late: false }],
};
/** Labels of questions hidden by their conditions with these answers, in every language. */
const hidden = ['Kuvaile tapahtumaa', 'Beskriv evenemanget', 'Describe the event', 'Katettu', 'Täckt', 'Roofed', 'Myyntipaikkoja', 'Försäljningsplatser', 'Stalls'];

describe('export labels match the renderer', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`shows every exported label and value in the answer summary, and no hidden question in either (${lang})`, () => {
      const { container } = render(<AnswerSummary definition={definition} lang={lang} data={data} municipalities={[]} />);
      const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
      // The summary's answer rows (not its sections and groups), in order, against the export's rows.
      const summaryRows = [...container.querySelectorAll('.answers__row')]
        .filter((row) => !row.querySelector('.answers'))
        .map((row) => [squash(row.querySelector('dt')!.textContent), squash(row.querySelector('dd')!.textContent)]);
      const exportRows = answerRows(definition, data, lang).map((row) => [row.label.split(LABEL_SEPARATOR).pop()!, squash(row.value)]);
      expect(summaryRows).toEqual(exportRows);
      expect(exportRows.length).toBe(13);
      expect(summaryRows).toContainEqual([lang === 'en' ? 'Size' : 'Koko', '8 x 6 m']);
      expect(summaryRows).toContainEqual(['Katos', 'Telttakatos']);
      const shown = screen.getAllByRole('term').map((dt) => dt.textContent ?? '');
      const exported = answerRows(definition, data, lang).map((row) => row.label);
      for (const label of hidden) {
        expect(shown).not.toContain(label);
        expect(exported.some((e) => e.endsWith(label))).toBe(false);
      }
      // Shown in the second day only where it applies: once in the summary, once in the export.
      const why = { fi: 'Miksi myöhään', sv: 'Varför sent', en: 'Why late' }[lang];
      expect(shown.filter((l) => l === why)).toHaveLength(1);
      expect(exported.filter((l) => l.endsWith(why))).toHaveLength(1);
    });
  }
});
