/**
 * After "Add" the new element's label field has the focus, its starting text selected for typing
 * over, and the screen reader hears after which element it went.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../form-library/format/types';
import { LangContext } from '../../ui/i18n/texts';
import { FormDesigner } from './FormDesigner';
import { applyFormOp, type FormOp } from './modeling/operations';

// Oulu's noise notification: who is making the noise.
const noise: FormDefinition = {
  pages: [{ id: 'p1', title: { fi: 'Ilmoittaja', sv: 'Anmälare', en: 'Notifier' }, elements: [
    { id: 'e1', kind: 'text', key: 'ilmoittaja', label: { fi: 'Ilmoittajan nimi', sv: 'Anmälarens namn', en: 'Name of the notifier' } },
  ] }],
};

function Host() {
  const [form, setForm] = useState(noise);
  const dispatch = useCallback((op: FormOp) => setForm((f) => applyFormOp(f, op)), []);
  return <FormDesigner form={form} dispatch={dispatch} />;
}

describe('adding from the palette by keyboard', () => {
  it('moves the focus to the new element’s Finnish label and says where it went', async () => {
    render(<LangContext.Provider value="fi"><Host /></LangContext.Provider>);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lisää Tekstikenttä' }));
    });
    const label = screen.getByRole('group', { name: 'Otsikko' });
    const finnish = label.querySelector<HTMLInputElement>('input[lang="fi"]')!;
    expect(document.activeElement).toBe(finnish);
    expect(finnish.value).toBe('Tekstikenttä');
    expect([finnish.selectionStart, finnish.selectionEnd]).toEqual([0, 'Tekstikenttä'.length]);
    expect(screen.getByText('Lisätty: Tekstikenttä, sivun "Ilmoittaja" loppuun, kohdan "Ilmoittajan nimi" jälkeen. Kirjoita sen otsikko.')).toBeTruthy();
  });
});
