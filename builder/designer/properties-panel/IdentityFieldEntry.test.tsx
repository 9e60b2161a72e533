/**
 * "Täytetään vahvasta tunnistuksesta" in the properties panel: a name field or a henkilötunnus field
 * is marked as the strongly identified person's, by what it holds; a field in a repeating group
 * (other people) and a field of another kind get no picker.
 */
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormDefinition } from '../../../form-library/format/types';
import { LangContext } from '../../../ui/i18n/texts';
import { applyFormOp, type FormOp } from '../modeling/operations';
import { findElement } from '../modeling/tree';
import { PropertiesPanel } from './PropertiesPanel';

const t = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const LABEL = 'Täytetään vahvasta tunnistuksesta';

// An application whose applicant identifies strongly; the cared people are others.
const careForm: FormDefinition = {
  pages: [
    {
      id: 'p1',
      title: t('Hakija', 'Sökande', 'Applicant'),
      elements: [
        { id: 'e-name', kind: 'text', key: 'applicantName', label: t('Nimi', 'Namn', 'Name') },
        { id: 'e-hetu', kind: 'personalId', key: 'applicantId', label: t('Henkilötunnus', 'Personbeteckning', 'Personal identity code') },
        { id: 'e-email', kind: 'email', key: 'email', label: t('Sähköposti', 'E-post', 'Email') },
        { id: 'e-business', kind: 'businessId', key: 'organiserId', label: t('Y-tunnus', 'FO-nummer', 'Business ID') },
        {
          id: 'g-cared', kind: 'group', key: 'cared', label: t('Hoidettavat', 'Vårdade', 'Cared persons'),
          elements: [{ id: 'g-hetu', kind: 'personalId', key: 'caredId', label: t('Henkilötunnus', 'Personbeteckning', 'Personal identity code') }],
        },
      ],
    },
  ],
};

function Harness({ selectedId, onDefinition }: { selectedId: string; onDefinition(def: FormDefinition): void }) {
  const [def, setDef] = useState(careForm);
  const dispatch = (op: FormOp) => setDef((d) => {
    const next = applyFormOp(d, op);
    onDefinition(next);
    return next;
  });
  return (
    <LangContext.Provider value="fi">
      <PropertiesPanel definition={def} selectedId={selectedId} dispatch={dispatch} projectData={undefined} />
    </LangContext.Provider>
  );
}

describe('the strong identification picker', () => {
  it('marks a text as the identified person’s name, and clears it', async () => {
    let latest = careForm;
    render(<Harness selectedId="e-name" onDefinition={(d) => { latest = d; }} />);
    const picker = screen.getByLabelText(LABEL);
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ei täytetä', 'Koko nimi', 'Etunimi', 'Sukunimi', 'Yrityksen nimi']);
    await userEvent.selectOptions(picker, 'Koko nimi');
    expect(findElement(latest, 'e-name')?.element.identityField).toBe('fullName');
    await userEvent.selectOptions(picker, 'Ei täytetä');
    expect(findElement(latest, 'e-name')?.element).not.toHaveProperty('identityField');
  });

  it('offers a henkilötunnus field the henkilötunnus only', async () => {
    let latest = careForm;
    render(<Harness selectedId="e-hetu" onDefinition={(d) => { latest = d; }} />);
    const picker = screen.getByLabelText(LABEL);
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ei täytetä', 'Henkilötunnus']);
    await userEvent.selectOptions(picker, 'Henkilötunnus');
    expect(findElement(latest, 'e-hetu')?.element.identityField).toBe('personalId');
  });

  it('offers a Y-tunnus field the Y-tunnus of the company the person acts for', async () => {
    let latest = careForm;
    render(<Harness selectedId="e-business" onDefinition={(d) => { latest = d; }} />);
    const picker = screen.getByLabelText(LABEL);
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ei täytetä', 'Yrityksen Y-tunnus']);
    await userEvent.selectOptions(picker, 'Yrityksen Y-tunnus');
    expect(findElement(latest, 'e-business')?.element.identityField).toBe('businessId');
  });

  it('gives no picker to a field in a repeating group nor to another kind', () => {
    for (const id of ['g-hetu', 'e-email', 'g-cared']) {
      const { unmount } = render(<Harness selectedId={id} onDefinition={() => undefined} />);
      expect(screen.queryByLabelText(LABEL), id).toBeNull();
      unmount();
    }
  });
});
