/** Component tests of builder screens: a screen rendered for a signed-in staff member, in a language, at a path. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import type { Lang } from '../../form-library/format/types';
import { LangContext } from '../../ui/i18n/texts';
import { StaffSessionContext, type StaffMember } from './session';

export function renderAsStaff(ui: ReactNode, { me, lang, path }: { me: StaffMember; lang: Lang; path: string }) {
  return render(
    <LangContext.Provider value={lang}>
      <MemoryRouter initialEntries={[path]}>
        <StaffSessionContext.Provider value={{ me, signOut: async () => undefined }}>{ui}</StaffSessionContext.Provider>
      </MemoryRouter>
    </LangContext.Provider>,
  );
}
