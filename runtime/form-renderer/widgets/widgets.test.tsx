import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderElements } from '../test-harness';

describe('business ID widget', () => {
  const el = [{ id: 'b', kind: 'businessId' as const, key: 'businessId', required: true, label: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' } }];

  it('says the check digit matches for a valid business ID', async () => {
    const { latest } = renderElements(el);
    await userEvent.type(screen.getByLabelText(/^Y-tunnus/), '0737546-2');
    expect(screen.getByText(/tarkiste täsmää/)).toBeTruthy();
    expect(latest.data.businessId).toBe('0737546-2');
  });

  it('checks the value as it will be stored: a blank after it or a missing hyphen is no error, now or on "next"', async () => {
    for (const typed of ['0737546-2 ', '07375462']) {
      const { latest, unmount } = renderElements(el);
      await userEvent.type(screen.getByLabelText(/^Y-tunnus/), typed);
      expect(screen.getByText(/tarkiste täsmää/)).toBeTruthy();
      await userEvent.click(screen.getByRole('button', { name: 'Siirry yhteenvetoon' }));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(latest.data.businessId).toBe(typed);
      unmount();
    }
  });

  it('warns, live, when the check digit does not match', async () => {
    renderElements(el, { lang: 'sv' });
    const input = screen.getByLabelText(/^FO-nummer/);
    await userEvent.type(input, '0737546-3');
    const feedback = screen.getByText(/FO-numrets kontrollsiffra \(den sista siffran\) stämmer inte/);
    expect(feedback.getAttribute('aria-live')).toBe('polite');
    expect(input.getAttribute('aria-describedby')).toContain(feedback.id);
  });
});

describe('personal identity code widget', () => {
  const el = [{ id: 'h', kind: 'personalId' as const, key: 'hetu', label: { fi: 'Henkilötunnus', sv: 'Personbeteckning', en: 'Personal identity code' } }];

  it('accepts a code with the new century sign and upper-cases input', async () => {
    const { latest } = renderElements(el);
    await userEvent.type(screen.getByLabelText(/^Henkilötunnus/), '010594y9032');
    expect(latest.data.hetu).toBe('010594Y9032');
    expect(screen.getByText(/Henkilötunnus on oikeanmuotoinen/)).toBeTruthy();
  });

  it('flags a wrong check character', async () => {
    renderElements(el, { lang: 'en' });
    await userEvent.type(screen.getByLabelText(/^Personal identity code/), '131052-308A');
    expect(screen.getByText('! The check character of the personal identity code (the last character) does not match. Check the code.')).toBeTruthy();
  });

  it('refuses a birth date after today, saying so, and names a day that does not exist as such', async () => {
    renderElements(el);
    const input = screen.getByLabelText(/^Henkilötunnus/);
    await userEvent.type(input, '050444C399N');
    expect(screen.getByText('! Henkilötunnuksen syntymäaika on tulevaisuudessa. Tarkista syntymäaika ja välimerkki.')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '300252-308T');
    expect(screen.getByText('! Henkilötunnuksen alussa oleva syntymäaika ei ole oikea päivämäärä.')).toBeTruthy();
  });

  it('shows one message once "next" has shown the field’s error: the error, not the live line as well', async () => {
    renderElements(el);
    const input = screen.getByLabelText(/^Henkilötunnus/);
    await userEvent.type(input, '051288D0131');
    const future = 'Henkilötunnuksen syntymäaika on tulevaisuudessa. Tarkista syntymäaika ja välimerkki.';
    await userEvent.click(screen.getByRole('button', { name: 'Siirry yhteenvetoon' }));
    const field = input.closest('.field') as HTMLElement;
    expect(within(field).getAllByText(future, { exact: false })).toHaveLength(1);
    expect(within(field).queryByText(/^!/)).toBeNull();
    // Typing on, the one message follows what is wrong now.
    await userEvent.clear(input);
    await userEvent.type(input, '120345-923K');
    expect(within(field).getAllByText(/tarkistusmerkki/)).toHaveLength(1);
    expect(within(field).queryByText(future, { exact: false })).toBeNull();
  });
});

describe('phone and postal code widgets', () => {
  it('renders a tel input with an example hint', async () => {
    const { latest } = renderElements([{ id: 'p', kind: 'phone', key: 'phone', label: { fi: 'Puhelin' } }]);
    const input = screen.getByLabelText(/^Puhelin/) as HTMLInputElement;
    expect(input.type).toBe('tel');
    expect(input.getAttribute('aria-describedby')).toContain('root_phone__hint');
    await userEvent.type(input, '040 123 4567');
    expect(latest.data.phone).toBe('040 123 4567');
  });

  it('renders a numeric postal code input', async () => {
    const { latest } = renderElements([{ id: 'pc', kind: 'postalCode', key: 'zip', label: { fi: 'Postinumero' } }]);
    const input = screen.getByLabelText(/^Postinumero/) as HTMLInputElement;
    expect(input.inputMode).toBe('numeric');
    await userEvent.type(input, '20100');
    expect(latest.data.zip).toBe('20100');
  });
});

describe('municipality picker', () => {
  const el = [{ id: 'm', kind: 'municipality' as const, key: 'municipality', label: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' } }];

  it('finds a municipality by its Swedish name and chooses it with the keyboard', async () => {
    const { latest } = renderElements(el);
    const input = screen.getByRole('combobox', { name: /Kunta/ });
    await userEvent.type(input, 'Esb');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('option', { name: 'Espoo (Esbo)' })).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    expect(latest.data.municipality).toBe('049');
    expect((input as HTMLInputElement).value).toBe('Espoo (Esbo)');
  });

  it('shows Swedish names first in Swedish and chooses by click', async () => {
    const { latest } = renderElements(el, { lang: 'sv' });
    await userEvent.type(screen.getByRole('combobox', { name: /Kommun/ }), 'tur');
    await userEvent.click(screen.getByRole('option', { name: 'Åbo (Turku)' }));
    expect(latest.data.municipality).toBe('853');
  });

  it('tells when nothing matches', async () => {
    renderElements(el);
    await userEvent.type(screen.getByRole('combobox'), 'Tukholma');
    expect(screen.getByText('Ei osumia.')).toBeTruthy();
  });
});

describe('choice widgets', () => {
  it('yes/no is a fieldset with two radios', async () => {
    const { latest } = renderElements([{ id: 'y', kind: 'yesNo', key: 'alcohol', required: true, label: { fi: 'Anniskellaanko alkoholia?' } }]);
    const group = screen.getByRole('group', { name: /Anniskellaanko alkoholia/ });
    await userEvent.click(within(group).getByLabelText('Ei'));
    expect(latest.data.alcohol).toBe(false);
  });

  it('radio, select and checkboxes show option labels in the language', async () => {
    const options = [
      { value: 'concert', label: { fi: 'Konsertti', sv: 'Konsert' } },
      { value: 'market', label: { fi: 'Markkinat', sv: 'Marknad' } },
    ];
    const { latest } = renderElements(
      [
        { id: 'r', kind: 'choice', key: 'kind', display: 'radio', label: { sv: 'Typ' }, options },
        { id: 's', kind: 'choice', key: 'kind2', display: 'select', label: { sv: 'Typ 2' }, options },
        { id: 'c', kind: 'multiChoice', key: 'kinds', label: { sv: 'Typer' }, options },
      ],
      { lang: 'sv' },
    );
    await userEvent.click(within(screen.getByRole('group', { name: 'Typ' })).getByLabelText('Marknad'));
    await userEvent.selectOptions(screen.getByLabelText('Typ 2'), 'Konsert');
    const boxes = screen.getByRole('group', { name: 'Typer' });
    await userEvent.click(within(boxes).getByLabelText('Marknad'));
    await userEvent.click(within(boxes).getByLabelText('Konsert'));
    expect(latest.data).toMatchObject({ kind: 'market', kind2: 'concert', kinds: ['concert', 'market'] });
  });
});

describe('address field', () => {
  it('has three labelled parts inside a fieldset', async () => {
    const { latest } = renderElements([{ id: 'a', kind: 'address', key: 'address', required: true, label: { fi: 'Postiosoite' } }]);
    const group = screen.getByRole('group', { name: /Postiosoite/ });
    await userEvent.type(within(group).getByLabelText(/Katuosoite/), 'Aurakatu 1');
    await userEvent.type(within(group).getByLabelText(/Postinumero/), '20100');
    await userEvent.type(within(group).getByLabelText(/Postitoimipaikka/), 'Turku');
    expect(latest.data.address).toEqual({ street: 'Aurakatu 1', postalCode: '20100', postOffice: 'Turku' });
  });

  it('shows an error under the part it concerns', () => {
    renderElements([{ id: 'a', kind: 'address', key: 'address', label: { fi: 'Postiosoite' } }], {
      serverErrors: [{ path: 'address.postalCode', message: 'Postinumerossa on viisi numeroa.' }],
    });
    const postal = screen.getByLabelText(/^Postinumero/);
    expect(postal.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(postal.getAttribute('aria-describedby') ?? '')?.textContent).toContain('viisi numeroa');
  });
});

describe('date range field', () => {
  it('keeps start and end, and the end cannot be before the start', () => {
    const { latest } = renderElements([{ id: 'd', kind: 'dateRange', key: 'dates', label: { en: 'Dates of the event' } }], { lang: 'en' });
    const start = screen.getByLabelText(/^Starts/) as HTMLInputElement;
    const end = screen.getByLabelText(/^Ends/) as HTMLInputElement;
    fireEvent.change(start, { target: { value: '2026-07-10' } });
    expect(end.min).toBe('2026-07-10');
    fireEvent.change(end, { target: { value: '2026-07-11' } });
    expect(latest.data.dates).toEqual({ start: '2026-07-10', end: '2026-07-11' });
  });
});

describe('info text', () => {
  it('shows its heading and paragraphs and holds no data', () => {
    const { latest } = renderElements([
      { id: 'i', kind: 'info', key: 'note', label: { fi: 'Huomaa' }, text: { fi: 'Ilmoita viimeistään viisi päivää ennen.\n\nLiitä kartta.' } },
    ]);
    expect(screen.getByRole('heading', { name: 'Huomaa' })).toBeTruthy();
    expect(screen.getByText('Liitä kartta.')).toBeTruthy();
    expect(latest.data).not.toHaveProperty('note');
  });
});

describe('repeating group', () => {
  const el = [
    {
      id: 'g', kind: 'group' as const, key: 'performers', label: { fi: 'Esiintyjät' }, itemLabel: { fi: 'Esiintyjä' },
      elements: [{ id: 'n', kind: 'text' as const, key: 'performerName', required: true, label: { fi: 'Esiintyjän nimi' } }],
    },
  ];

  it('adds and removes items with buttons labelled by the item', async () => {
    const { latest } = renderElements(el);
    await userEvent.click(screen.getByRole('button', { name: /Lisää esiintyjä/ }));
    await userEvent.click(screen.getByRole('button', { name: /Lisää esiintyjä/ }));
    expect(screen.getByRole('group', { name: 'Esiintyjä 2' })).toBeTruthy();
    await userEvent.type(within(screen.getByRole('group', { name: 'Esiintyjä 1' })).getByLabelText(/Esiintyjän nimi/), 'Kalle');
    await userEvent.click(screen.getByRole('button', { name: 'Poista esiintyjä 2' }));
    expect(screen.queryByRole('group', { name: 'Esiintyjä 2' })).toBeNull();
    expect(latest.data.performers).toEqual([{ performerName: 'Kalle' }]);
  });
});

describe('required marks and help texts', () => {
  it('marks required fields and ties the help text to the input', () => {
    renderElements([{ id: 't', kind: 'text', key: 'eventName', required: true, label: { fi: 'Tapahtuman nimi' }, help: { fi: 'Nimi, jolla tapahtumaa markkinoidaan' } }]);
    const input = screen.getByLabelText(/Tapahtuman nimi/);
    expect(screen.getByText('(pakollinen)', { exact: false })).toBeTruthy();
    const help = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe('Nimi, jolla tapahtumaa markkinoidaan');
    expect(input.hasAttribute('required')).toBe(true);
  });
});

describe('conditions inside a repeating group', () => {
  it('shows a field per item, by the answer in that same item', async () => {
    renderElements([
      {
        id: 'g', kind: 'group', key: 'performers', label: { fi: 'Esiintyjät' }, itemLabel: { fi: 'Esiintyjä' },
        elements: [
          { id: 'p', kind: 'yesNo', key: 'pyrotechnics', label: { fi: 'Käyttääkö esiintyjä pyrotekniikkaa?' } },
          { id: 'pp', kind: 'textarea', key: 'pyrotechnicsPlan', required: true, condition: { field: 'pyrotechnics', op: 'equals', value: true }, label: { fi: 'Pyrotekniikkasuunnitelma' } },
        ],
      },
    ], { data: { performers: [{ pyrotechnics: true }, { pyrotechnics: false }] } });
    expect(within(screen.getByRole('group', { name: 'Esiintyjä 1' })).getByLabelText(/Pyrotekniikkasuunnitelma/)).toBeTruthy();
    const second = screen.getByRole('group', { name: 'Esiintyjä 2' });
    expect(within(second).queryByLabelText(/Pyrotekniikkasuunnitelma/)).toBeNull();
    await userEvent.click(within(second).getByLabelText('Kyllä'));
    expect(within(screen.getByRole('group', { name: 'Esiintyjä 2' })).getByLabelText(/Pyrotekniikkasuunnitelma/)).toBeTruthy();
  });
});
