/**
 * The PDF and CSV label answers with server/exports/answer-rows; the desk shows them with the
 * renderer's AnswerSummary. This test holds the two to the same labels and values.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import { answerRows } from '../../../server/exports/answer-rows';
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
    ],
  }],
};
const data = { eventName: 'Kallio Block Party', dates: { start: '2026-08-15', end: '2026-08-16' }, kind: 'concert', amplified: true, visitors: 1500, day: '2026-08-14' };

describe('export labels match the renderer', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`shows every exported label and value in the answer summary (${lang})`, () => {
      render(<AnswerSummary definition={definition} lang={lang} data={data} municipalities={[]} />);
      for (const row of answerRows(definition, data, lang)) {
        expect(screen.getByText(row.label, { selector: 'dt' })).toBeTruthy();
        // Testing Library collapses white space in the page text (1 500 has a no-break space) but not in the query.
        expect(screen.getByText(row.value.replace(/\s+/g, ' '), { selector: 'dd' })).toBeTruthy();
      }
    });
  }
});
