import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { eventPackV1 } from '../../../form-library/diff/test-fixtures/event-pack-versions';
import type { FormPackContent, Lang } from '../../../form-library/format/types';
import { LangContext } from '../../../ui/i18n/texts';
import { PackDiff } from './PackDiff';

/** Version 1 with its pack name changed in Swedish, and with `both` also in English. */
function renamed(both: boolean): FormPackContent {
  const pack = structuredClone(eventPackV1);
  pack.name.sv = 'Att ordna evenemang';
  if (both) pack.name.en = 'Arranging events';
  return pack;
}

describe("the diff's change count", () => {
  afterEach(cleanup);

  it.each([
    ['fi', false, '(1 muutos)'],
    ['fi', true, '(2 muutosta)'],
    ['sv', false, '(1 ändring)'],
    ['sv', true, '(2 ändringar)'],
    ['en', false, '(1 change)'],
    ['en', true, '(2 changes)'],
  ] as Array<[Lang, boolean, string]>)('reads right in %s (two changes: %s)', (lang, both, count) => {
    render(
      <LangContext.Provider value={lang}>
        <PackDiff before={eventPackV1} after={renamed(both)} />
      </LangContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain(count);
  });
});
