import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../form-library/format/types';
import { LangContext } from '../../ui/i18n/texts';
import type { Municipality } from './api';
import { MunicipalityPicker } from './MunicipalityPicker';

const PLACES: Municipality[] = [
  { code: '545', fi: 'Närpiö', sv: 'Närpes', languages: 'sv-fi' },
  { code: '499', fi: 'Mustasaari', sv: 'Korsholm', languages: 'sv-fi' },
  { code: '893', fi: 'Uusikaarlepyy', sv: 'Nykarleby', languages: 'sv-fi' },
];

function renderPicker(lang: Lang, area: string[], selected: string[]) {
  const municipalities = new Map(PLACES.map((m) => [m.code, m]));
  render(
    <LangContext.Provider value={lang}>
      <MunicipalityPicker area={area} municipalities={municipalities} value={{ whole: false, selected: new Set(selected) }} onChange={() => {}} />
    </LangContext.Provider>,
  );
}

describe("the deployment's municipality count", () => {
  afterEach(cleanup);

  it.each([
    ['fi', 1, 'Koko toimialue (1 kunta)', '1 kunta valittu'],
    ['fi', 2, 'Koko toimialue (2 kuntaa)', '2 kuntaa valittu'],
    ['sv', 1, 'Hela verksamhetsområdet (1 kommun)', '1 kommun vald'],
    ['sv', 2, 'Hela verksamhetsområdet (2 kommuner)', '2 kommuner valda'],
    ['en', 1, 'The whole area (1 municipality)', '1 municipality selected'],
    ['en', 3, 'The whole area (3 municipalities)', '3 municipalities selected'],
  ] as Array<[Lang, number, string, string]>)('reads right in %s for %i', (lang, count, whole, selected) => {
    const codes = PLACES.slice(0, count).map((m) => m.code);
    renderPicker(lang, codes, codes);
    expect(screen.getByRole('radio', { name: whole })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(selected);
  });
});
