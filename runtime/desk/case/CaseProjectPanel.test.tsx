import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseProject } from '../../../api-contract';
import { LangContext } from '../../../ui/i18n/texts';
import { CaseProjectPanel } from './CaseProjectPanel';

afterEach(cleanup);

const data = [{ label: 'Tapahtuman nimi', value: 'Kesäkonsertti' }, { label: 'Arvioitu yleisömäärä', value: '1500' }];

function renderPanel(project: CaseProject) {
  return render(<LangContext.Provider value="fi"><CaseProjectPanel project={project} /></LangContext.Provider>);
}

describe('a case sent from a project, in the desk', () => {
  it('with consent: the project, its shared data and its other permits’ service, authority, status and reference', () => {
    renderPanel({
      name: 'Kesäkonsertti', consent: true, data,
      permits: [
        { service: 'Pelastussuunnitelma', authority: 'Helsingin kaupungin pelastuslaitos', status: { id: 'RECEIVED', label: 'Vastaanotettu' }, reference: 'KV-2026-000002' },
        { service: 'Tilapäinen elintarvikemyynti', authority: 'Helsingin kaupunki', status: null, reference: null },
      ],
    });
    const section = screen.getByRole('region', { name: 'Lähetetty osana hanketta' });
    expect(within(section).getByText('Kesäkonsertti', { selector: 'strong' })).toBeTruthy();
    expect(within(section).getByText('1500')).toBeTruthy();
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['Pelastussuunnitelma', 'Helsingin kaupungin pelastuslaitos', 'Vastaanotettu', 'KV-2026-000002'],
      ['Tilapäinen elintarvikemyynti', 'Helsingin kaupunki', 'Luonnos (ei lähetetty)', '—'],
    ]);
    expect(screen.queryByText(/ei antanut suostumusta/)).toBeNull();
  });

  it('without consent: only the shared data sent in this case, and a line saying so', () => {
    renderPanel({ name: 'Kesäkonsertti', consent: false, data, permits: null });
    expect(screen.getByText('Asiakas ei antanut suostumusta hankkeen muiden lupien näyttämiseen. Näet vain tässä asiassa lähetetyt hanketiedot.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Tapahtuman nimi')).toBeTruthy();
  });
});
