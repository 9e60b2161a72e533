import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormDefinition } from '../../../form-library/format/types';
import { LangContext } from '../../../ui/i18n/texts';
import { applyFormOp, type FormOp } from '../modeling/operations';
import { findElement } from '../modeling/tree';
import { PropertiesPanel } from './PropertiesPanel';

// A Porvoo food-sales notification: what is sold, whether it is cooked on site, the kitchen details.
const foodSales: FormDefinition = {
  pages: [
    {
      id: 'p1',
      title: { fi: 'Myynti', sv: 'Försäljning', en: 'Sales' },
      elements: [
        {
          id: 'e1', kind: 'choice', key: 'myytavat', label: { fi: 'Myytävät tuotteet', sv: 'Produkter', en: 'Products' },
          options: [
            { value: 'pakatut', label: { fi: 'Pakatut elintarvikkeet', sv: 'Förpackade livsmedel' } },
            { value: 'valmistettavat', label: { fi: 'Paikan päällä valmistettavat', sv: 'Tillagas på plats' } },
          ],
        },
        { id: 'e2', kind: 'textarea', key: 'keittio', label: { fi: 'Keittiön kuvaus', sv: 'Beskrivning av köket', en: 'Kitchen' } },
        { id: 'e3', kind: 'email', key: 'sahkoposti', label: { fi: 'Sähköposti', sv: 'E-postadress', en: 'Email address' } },
      ],
    },
  ],
};

// Turku's market-stall notification: sellers as a repeating group, each with a cooking question
// and, when cooking, the kitchen; an electricity question after the group.
const marketStalls: FormDefinition = {
  pages: [
    {
      id: 'p1',
      title: { fi: 'Myyjät', sv: 'Försäljare', en: 'Sellers' },
      elements: [
        {
          id: 'g1', kind: 'group', key: 'myyjat', label: { fi: 'Myyjät', sv: 'Försäljare', en: 'Sellers' }, itemLabel: { fi: 'Myyjä', sv: 'Försäljare', en: 'Seller' },
          elements: [
            { id: 'g1-cook', kind: 'yesNo', key: 'valmistus', label: { fi: 'Valmistetaanko ruokaa?', sv: 'Tillagas mat?', en: 'Is food cooked?' } },
            { id: 'g1-kitchen', kind: 'textarea', key: 'keittio', label: { fi: 'Keittiö', sv: 'Kök', en: 'Kitchen' } },
          ],
        },
        { id: 'e-power', kind: 'yesNo', key: 'sahko', label: { fi: 'Tarvitaanko sähköä?', sv: 'Behövs el?', en: 'Is electricity needed?' } },
      ],
    },
  ],
};

function Harness({ selectedId, onDefinition, initial = foodSales }: { selectedId: string; onDefinition(def: FormDefinition): void; initial?: FormDefinition }) {
  const [def, setDef] = useState(initial);
  const dispatch = (op: FormOp) => setDef((d) => {
    const next = applyFormOp(d, op);
    onDefinition(next);
    return next;
  });
  return (
    <LangContext.Provider value="fi">
      <PropertiesPanel definition={def} selectedId={selectedId} dispatch={dispatch} />
    </LangContext.Provider>
  );
}

describe('the properties panel', () => {
  it('offers only earlier fields for a condition, and a choice field\'s own values', async () => {
    let latest = foodSales;
    render(<Harness selectedId="e2" onDefinition={(d) => { latest = d; }} />);
    const field = screen.getByLabelText('Näytä, kun kenttä');
    expect(within(field).getAllByRole('option').map((o) => o.textContent)).toEqual(['Näytetään aina', 'Myytävät tuotteet']);
    await userEvent.selectOptions(field, 'myytavat');
    const value = screen.getByLabelText('on');
    expect(within(value).getAllByRole('option').map((o) => o.textContent)).toEqual(['on vastattu', 'Pakatut elintarvikkeet', 'Paikan päällä valmistettavat']);
    await userEvent.selectOptions(value, 'Paikan päällä valmistettavat');
    expect(findElement(latest, 'e2')?.element.condition).toEqual({ field: 'myytavat', op: 'equals', value: 'valmistettavat' });
  });

  it('edits the label in three languages side by side and lets the key follow the Finnish one', async () => {
    let latest = foodSales;
    render(<Harness selectedId="e3" onDefinition={(d) => { latest = d; }} />);
    const label = screen.getByRole('group', { name: 'Otsikko' });
    const fi = within(label).getByLabelText('Suomeksi');
    await userEvent.clear(fi);
    await userEvent.type(fi, 'Yhteyssähköposti');
    await userEvent.type(within(label).getByLabelText('In English'), ' for contact');
    expect(findElement(latest, 'e3')?.element).toMatchObject({ key: 'yhteyssahkoposti', label: { fi: 'Yhteyssähköposti', sv: 'E-postadress', en: 'Email address for contact' } });
  });

  it('keeps a hand-edited key while the Finnish label is retyped, and makes it from the label again on request', async () => {
    let latest = foodSales;
    render(<Harness selectedId="e3" onDefinition={(d) => { latest = d; }} />);
    const key = screen.getByLabelText('Tunniste (tietojen avain)');
    expect(screen.queryByRole('button', { name: 'Muodosta tunniste otsikosta' })).toBeNull();
    await userEvent.clear(key);
    await userEvent.type(key, 'yhteysosoite');
    const fi = within(screen.getByRole('group', { name: 'Otsikko' })).getByLabelText('Suomeksi');
    await userEvent.clear(fi);
    await userEvent.type(fi, 'Myyjän sähköposti');
    expect(findElement(latest, 'e3')?.element.key).toBe('yhteysosoite');
    await userEvent.click(screen.getByRole('button', { name: 'Muodosta tunniste otsikosta' }));
    expect(findElement(latest, 'e3')?.element.key).toBe('myyjanSahkoposti');
    expect(screen.queryByRole('button', { name: 'Muodosta tunniste otsikosta' })).toBeNull();
  });

  it('offers a group field to a later field of the same group, and says why a field after the group cannot use it', async () => {
    let latest = marketStalls;
    const { unmount } = render(<Harness initial={marketStalls} selectedId="g1-kitchen" onDefinition={(d) => { latest = d; }} />);
    await userEvent.selectOptions(screen.getByLabelText('Näytä, kun kenttä'), 'valmistus');
    await userEvent.selectOptions(screen.getByLabelText('on'), 'Kyllä');
    expect(findElement(latest, 'g1-kitchen')?.element.condition).toEqual({ field: 'valmistus', op: 'equals', value: true });
    expect(screen.queryByText(/vain saman ryhmän sisällä/)).toBeNull();
    unmount();

    render(<Harness initial={marketStalls} selectedId="e-power" onDefinition={() => {}} />);
    const condition = screen.getByRole('group', { name: 'Näyttämisen ehto' });
    expect(within(condition).queryByRole('combobox')).toBeNull();
    within(condition).getByText('Ennen tätä kohtaa ei ole kenttiä, joihin ehdon voisi liittää.');
    within(condition).getByText(/Toistuvan ryhmän kenttiä voi käyttää ehtona vain saman ryhmän sisällä/);
  });

  it('says that a group\'s minimum holds without "required", and shows the one row "required" alone asks for', async () => {
    let latest = marketStalls;
    render(<Harness initial={marketStalls} selectedId="g1" onDefinition={(d) => { latest = d; }} />);
    const minimum = screen.getByLabelText('Vähintään valintoja / rivejä');
    expect(minimum.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(minimum.getAttribute('aria-describedby')!)?.textContent).toMatch(/Pätee aina, kun kohta näkyy, vaikka Pakollinen ei olisi valittuna/);
    expect(minimum.getAttribute('placeholder')).toBe('0');
    await userEvent.click(screen.getByLabelText('Pakollinen'));
    expect(findElement(latest, 'g1')?.element.required).toBe(true);
    expect(screen.getByLabelText('Vähintään valintoja / rivejä').getAttribute('placeholder')).toBe('1');
    await userEvent.type(screen.getByLabelText('Vähintään valintoja / rivejä'), '2');
    expect(findElement(latest, 'g1')?.element).toMatchObject({ minItems: 2 });
  });

  it('keeps data keys, option values and the format check under a closed "Lisäasetukset", opened when one needs fixing', async () => {
    const withPattern = applyFormOp(foodSales, { type: 'update', elementId: 'e2', patch: { pattern: '^[A-Z]' } });
    const { unmount } = render(<Harness initial={withPattern} selectedId="e1" onDefinition={() => {}} />);
    const foldOf = (label: string) => screen.getByLabelText(label).closest('details');
    expect(foldOf('Tunniste (tietojen avain)')?.open).toBe(false);
    expect(foldOf('Vaihtoehdon 1 tallennettava arvo')?.open).toBe(false);
    expect(foldOf('Tunniste (tietojen avain)')?.querySelector('summary')?.textContent).toBe('Lisäasetukset');
    expect(screen.queryByLabelText('Arvo')).toBeNull();
    // Two options saved as the same value: the fold opens on its own and marks them.
    await userEvent.clear(screen.getByLabelText('Vaihtoehdon 2 tallennettava arvo'));
    await userEvent.type(screen.getByLabelText('Vaihtoehdon 2 tallennettava arvo'), 'pakatut');
    expect(foldOf('Vaihtoehdon 2 tallennettava arvo')?.open).toBe(true);
    expect(screen.getByLabelText('Vaihtoehdon 2 tallennettava arvo').getAttribute('aria-invalid')).toBe('true');
    unmount();

    render(<Harness initial={withPattern} selectedId="e2" onDefinition={() => {}} />);
    expect(screen.getByLabelText('Muoto (säännöllinen lauseke)').closest('details')?.open).toBe(false);
  });
});
