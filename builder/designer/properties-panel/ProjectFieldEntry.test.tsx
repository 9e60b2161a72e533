/**
 * "Esitäytetään hanketiedoista" in the properties panel: a value field picks the project data field
 * it is prefilled from, out of those that fit it, by their labels; no key is typed. Fields in a
 * repeating group and elements without a value get no picker.
 */
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormDefinition, ProjectDataDefinition } from '../../../form-library/format/types';
import { LangContext } from '../../../ui/i18n/texts';
import { applyFormOp, type FormOp } from '../modeling/operations';
import { findElement } from '../modeling/tree';
import { PropertiesPanel } from './PropertiesPanel';

const t = (fi: string, sv: string, en: string) => ({ fi, sv, en });

// Tampere's event project: the organiser and the event, entered once.
const projectData: ProjectDataDefinition = {
  name: t('Tapahtuma', 'Evenemang', 'Event'),
  description: t('Tapahtuman tiedot', 'Evenemangets uppgifter', 'The event'),
  elements: [
    {
      id: 'p-org', kind: 'section', key: 'organiser', label: t('Järjestäjä', 'Arrangör', 'Organiser'),
      elements: [
        { id: 'p-org-name', kind: 'text', key: 'organiserName', label: t('Nimi', 'Namn', 'Name') },
        { id: 'p-org-bid', kind: 'businessId', key: 'organiserBusinessId', label: t('Y-tunnus', 'FO-nummer', 'Business ID') },
      ],
    },
    { id: 'p-event-name', kind: 'text', key: 'eventName', label: t('Tapahtuman nimi', 'Evenemangets namn', 'Event name') },
    { id: 'p-attendance', kind: 'number', key: 'attendance', label: t('Kävijämäärä', 'Antal besökare', 'Attendance'), integer: true },
  ],
};

// The noise notification: the notifier's business ID, a description, the sources as a group.
const noiseForm: FormDefinition = {
  pages: [
    {
      id: 'p1',
      title: t('Ilmoittaja', 'Anmälare', 'Notifier'),
      elements: [
        { id: 'e-bid', kind: 'businessId', key: 'notifierBusinessId', label: t('Ilmoittajan Y-tunnus', 'Anmälarens FO-nummer', 'Business ID of the notifier') },
        { id: 'e-desc', kind: 'textarea', key: 'description', label: t('Tapahtuman kuvaus', 'Beskrivning', 'Description'), projectField: 'eventName' },
        { id: 'e-people', kind: 'number', key: 'people', label: t('Yleisömäärä', 'Publik', 'Audience'), projectField: 'organiser.organiserName' },
        {
          id: 'g-sources', kind: 'group', key: 'sources', label: t('Melulähteet', 'Bullerkällor', 'Noise sources'),
          elements: [{ id: 'g-name', kind: 'text', key: 'sourceName', label: t('Lähde', 'Källa', 'Source') }],
        },
        { id: 'e-map', kind: 'attachment', key: 'map', label: t('Kartta', 'Karta', 'Map') },
      ],
    },
  ],
};

function Harness({ selectedId, onDefinition, data = projectData, direction }: { selectedId: string; onDefinition(def: FormDefinition): void; data?: ProjectDataDefinition | null; direction?: 'prefill' | 'carry' }) {
  const [def, setDef] = useState(noiseForm);
  const dispatch = (op: FormOp) => setDef((d) => {
    const next = applyFormOp(d, op);
    onDefinition(next);
    return next;
  });
  return (
    <LangContext.Provider value="fi">
      <PropertiesPanel definition={def} selectedId={selectedId} dispatch={dispatch} projectData={data ?? undefined} projectDataDirection={direction} />
    </LangContext.Provider>
  );
}

describe('the project data picker', () => {
  it('lists only the project fields that fit, by their labels, and sets and clears the mapping', async () => {
    let latest = noiseForm;
    render(<Harness selectedId="e-bid" onDefinition={(d) => { latest = d; }} />);
    const picker = screen.getByLabelText('Esitäytetään hanketiedoista');
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ei esitäytetä', 'Järjestäjä › Y-tunnus']);
    await userEvent.selectOptions(picker, 'Järjestäjä › Y-tunnus');
    expect(findElement(latest, 'e-bid')?.element.projectField).toBe('organiser.organiserBusinessId');
    await userEvent.selectOptions(picker, 'Ei esitäytetä');
    expect(findElement(latest, 'e-bid')?.element).not.toHaveProperty('projectField');
  });

  it('offers a long text both short texts, and shows the chosen one', () => {
    render(<Harness selectedId="e-desc" onDefinition={() => undefined} />);
    const picker = screen.getByLabelText('Esitäytetään hanketiedoista') as HTMLSelectElement;
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ei esitäytetä', 'Järjestäjä › Nimi', 'Tapahtuman nimi']);
    expect(picker.value).toBe('eventName');
  });

  it('marks a mapping that does not fit, so it can be changed or cleared', () => {
    render(<Harness selectedId="e-people" onDefinition={() => undefined} />);
    const picker = screen.getByLabelText('Esitäytetään hanketiedoista') as HTMLSelectElement;
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ei esitäytetä', 'Kävijämäärä', 'Järjestäjä › Nimi (ei sovi)']);
    expect(picker.getAttribute('aria-invalid')).toBe('true');
  });

  it('gives no picker to a field in a repeating group, an attachment, a group, or where the pack has no project data', () => {
    for (const id of ['g-name', 'e-map', 'g-sources']) {
      const { unmount } = render(<Harness selectedId={id} onDefinition={() => undefined} />);
      expect(screen.queryByLabelText('Esitäytetään hanketiedoista'), id).toBeNull();
      unmount();
    }
    const { unmount } = render(<Harness selectedId="e-bid" data={null} onDefinition={() => undefined} />);
    expect(screen.queryByLabelText('Esitäytetään hanketiedoista')).toBeNull();
    unmount();
  });

  it('in an assessment, says the answer goes into the project data, by the same fitting rules', async () => {
    let latest = noiseForm;
    render(<Harness selectedId="e-bid" direction="carry" onDefinition={(d) => { latest = d; }} />);
    const picker = screen.getByLabelText('Vastaus siirtyy hanketietoon');
    expect(screen.getByText(/Kun asiakas aloittaa hankkeen selvityksen tuloksesta/)).toBeTruthy();
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ei siirry hanketietoihin', 'Järjestäjä › Y-tunnus']);
    await userEvent.selectOptions(picker, 'Järjestäjä › Y-tunnus');
    expect(findElement(latest, 'e-bid')?.element.projectField).toBe('organiser.organiserBusinessId');
  });
});
