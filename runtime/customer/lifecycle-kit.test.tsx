import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LangContext, type Lang } from '../../ui/i18n/texts';
import { APPEAL_TEMPLATES, APPEAL_TITLES } from '../../workflows/decision/appeal';
import type { MyDecision } from './api';
import { CaseManagementReceipt, ChangeList, DecisionList, ResponsePromise } from './lifecycle-kit';

function inLang(lang: Lang, node: ReactNode) {
  return render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>);
}

describe('what the customer is promised: the response time and the contact', () => {
  it('says one day in the singular and many days in the plural, with the due day written out', () => {
    inLang('sv', <ResponsePromise respondWithinDays={1} />);
    expect(screen.getByTestId('response-time').textContent).toBe('Myndigheten svarar vanligen inom 1 dag.');
    inLang('fi', <ResponsePromise respondWithinDays={14} dueDate="2026-12-21" contactText={'Rakennusvalvonta\npuh. 09 310 2611'} />);
    const times = screen.getAllByTestId('response-time');
    expect(times[1].textContent).toBe('Viranomainen vastaa yleensä 14 päivän kuluessa. Vastaus viimeistään 21.12.2026.');
    expect(screen.getByRole('heading', { level: 3, name: 'Viranomaisen yhteystiedot' })).toBeTruthy();
    expect(screen.getByTestId('authority-contact').textContent).toBe('Rakennusvalvonta\npuh. 09 310 2611');
  });

  it('says plainly when the authority gave no response time, and shows no empty contact heading', () => {
    inLang('en', <ResponsePromise respondWithinDays={null} contactText={null} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Response time' })).toBeTruthy();
    expect(screen.getByTestId('response-time').textContent).toBe('The authority has not given a response time.');
    expect(screen.queryByText('The authority’s contact details')).toBeNull();
  });
});

describe('what a supplement changes, before it is sent', () => {
  it('lists each answer before and after and each file added, removed or replaced', () => {
    inLang('fi', (
      <ChangeList changes={{
        answers: [{ path: 'areaSizeM2', label: 'Alueen koko (m²)', before: '6000', after: '6500' }, { path: 'wasteManagement', label: 'Jätehuolto', before: '', after: 'Lajittelupisteet' }],
        attachments: [
          { kind: 'added', field: 'Vakuutustodistus', id: 'a1', name: 'vakuutus.pdf' },
          { kind: 'replaced', field: 'Aluekartta', id: 'a2', name: 'kartta.pdf', replacedBy: { id: 'a3', name: 'kartta-2.pdf' } },
          { kind: 'removed', field: 'Liikennesuunnitelma', id: 'a4', name: 'liikenne.pdf' },
        ],
      }} />
    ));
    const size = screen.getByRole('row', { name: /Alueen koko/ });
    expect(within(size).getAllByRole('cell').map((c) => c.textContent)).toEqual(['6000', '6500']);
    expect(within(screen.getByRole('row', { name: /Jätehuolto/ })).getAllByRole('cell')[0].textContent).toBe('(ei vastausta)');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Uusi liite (Vakuutustodistus): vakuutus.pdf',
      'Liite korvataan (Aluekartta): kartta.pdf → kartta-2.pdf',
      'Liite poistetaan (Liikennesuunnitelma): liikenne.pdf',
    ]);
  });

  it('says that only the message goes when nothing else changed', () => {
    inLang('sv', <ChangeList changes={{ answers: [], attachments: [] }} />);
    expect(screen.getByText('Du har inte ändrat svar eller bilagor: du skickar bara ett meddelande.')).toBeTruthy();
  });
});

describe('a decision as the customer receives it', () => {
  const decision: MyDecision = {
    id: 3,
    decidedAt: '2026-12-07T10:15:00.000Z',
    text: 'Lupa myönnetään ehdoin.',
    file: { name: 'paatos-liite.pdf', size: 1200 },
    appeal: { kind: 'oikaisuvaatimus', title: APPEAL_TITLES.oikaisuvaatimus.fi, text: APPEAL_TEMPLATES.oikaisuvaatimus.fi },
    documentHref: '/api/my/submissions/9/decisions/3/document.pdf',
    fileHref: '/api/my/submissions/9/decisions/3/file',
  };

  it('offers the decision document and its attachment to download, with the appeal instructions', () => {
    inLang('fi', <DecisionList decisions={[decision]} />);
    const section = screen.getByRole('region', { name: 'Päätös' });
    expect(within(section).getByText('Lupa myönnetään ehdoin.')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Lataa päätös (PDF)' }).getAttribute('href')).toBe(decision.documentHref);
    expect(within(section).getByRole('link', { name: 'Lataa päätöksen liite: paatos-liite.pdf' }).getAttribute('href')).toBe(decision.fileHref);
    expect(within(section).getByRole('heading', { level: 3, name: 'Oikaisuvaatimusohje' })).toBeTruthy();
    expect(within(section).getByText(APPEAL_TEMPLATES.oikaisuvaatimus.fi)).toBeTruthy();
  });

  it('shows no attachment link and no appeal heading when the decision has neither', () => {
    inLang('en', <DecisionList decisions={[{ ...decision, file: null, fileHref: null, appeal: null }]} />);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Download the decision (PDF)']);
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });
});

describe('that the case reached the authority’s case management', () => {
  it('tells the customer under its own heading, with the reference to quote and the day, in their language', () => {
    inLang('sv', <CaseManagementReceipt authority="Helsingfors stad" ack={{ caseManagementId: 'HEL 2026-001234', acknowledgedAt: '2026-05-06T10:15:00.000Z' }} />);
    const panel = screen.getByRole('region', { name: 'Mottaget i myndighetens ärendehantering' });
    expect(within(panel).getByRole('heading', { level: 2 })).toBeTruthy();
    expect(panel.textContent).toMatch(/Helsingfors stad har registrerat ditt ärende i sin ärendehantering 6 maj 2026 \d{1,2}[.:]\d{2}\. Ärendets beteckning där \(diarienummer\) är HEL 2026-001234\./);
  });
});
