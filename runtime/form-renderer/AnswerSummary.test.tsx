import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publicEventForm, validEventData } from '../../form-library/test-fixtures/public-event-notification';
import { AnswerSummary } from './AnswerSummary';
import { testMunicipalities } from './test-harness';

describe('AnswerSummary', () => {
  it('lists every visible answer with its label, in readable form', () => {
    const data = { ...validEventData(), siteMap: ['att-1'] };
    render(
      <AnswerSummary
        definition={publicEventForm}
        lang="fi"
        data={data}
        municipalities={testMunicipalities}
        attachments={[{ id: 'att-1', name: 'kartta.pdf', size: 1000, type: 'application/pdf' }]}
        attachmentHref={(id) => `/api/my/attachments/${id}`}
      />,
    );
    const row = (label: string) => screen.getByText(label, { selector: 'dt' }).parentElement as HTMLElement;
    expect(within(row('Kunta')).getByText('Helsinki (091)')).toBeTruthy();
    expect(within(row('Tapahtuman ajankohta')).getByText('10.7.2026 – 11.7.2026')).toBeTruthy();
    expect(within(row('Tapahtuman laji')).getByText('Konsertti')).toBeTruthy();
    expect(within(row('Anniskellaanko tapahtumassa alkoholia?')).getByText('Kyllä')).toBeTruthy();
    expect(within(row('Postiosoite')).getByText('Mannerheimintie 1, 00100 Helsinki')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'kartta.pdf' }).getAttribute('href')).toBe('/api/my/attachments/att-1');
    expect(screen.getByText('Esiintyjä 1')).toBeTruthy();
  });

  it('leaves out pages and answers hidden by a condition', () => {
    const data = { ...validEventData(), alcohol: false, servingArea: 'Puisto' };
    render(<AnswerSummary definition={publicEventForm} lang="sv" data={data} municipalities={testMunicipalities} />);
    expect(screen.queryByRole('heading', { name: 'Servering' })).toBeNull();
    expect(screen.queryByText('Puisto')).toBeNull();
    const alcohol = screen.getByText('Serveras alkohol vid evenemanget?', { selector: 'dt' }).parentElement as HTMLElement;
    expect(within(alcohol).getByText('Nej')).toBeTruthy();
  });

  it('never lists a required question hidden by its condition, not even as unanswered', () => {
    // A market needs no security plan; a performer without pyrotechnics no plan for them.
    const data: Record<string, unknown> = { ...validEventData(), eventType: 'market', siteMap: ['att-1'] };
    delete data.securityPlan;
    data.performers = [{ performerName: 'Sibelius-kvartetti', pyrotechnics: false }];
    render(<AnswerSummary definition={publicEventForm} lang="sv" data={data} municipalities={testMunicipalities} />);
    const labels = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(labels).not.toContain('Säkerhetsplan');
    expect(labels).not.toContain('Pyroteknikplan');
    expect(labels).toContain('Områdeskarta');
    expect(screen.queryByText('Inga bilagor')).toBeNull();
    expect(screen.queryByText('Inget svar')).toBeNull();
  });

  it('says "no answer" only for a shown required question left unanswered', () => {
    const data: Record<string, unknown> = { ...validEventData(), eventType: 'concert' };
    delete data.securityPlan;
    render(<AnswerSummary definition={publicEventForm} lang="fi" data={data} municipalities={testMunicipalities} />);
    const row = screen.getByText('Turvallisuussuunnitelma', { selector: 'dt' }).parentElement as HTMLElement;
    expect(within(row).getByText('Ei liitteitä')).toBeTruthy();
  });
});
