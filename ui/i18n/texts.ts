/**
 * A page's language (from its URL, see `ui/routing/LangRoute.tsx`) and its texts from the catalogs
 * in `i18n/`:
 *
 *   const t = useTexts(customerTexts);  t('send');  t('serviceCount', { count })
 */
import { createContext, useContext } from 'react';
import type { Lang } from '../../i18n/lang';
import { translator, type Catalog, type Translate } from '../../i18n/translate';

export { LANG_NAMES, LANGS, isLang, type Lang } from '../../i18n/lang';

export const LangContext = createContext<Lang>('fi');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The catalog's texts in the page's language; the same function while the language stays. */
export function useTexts<K extends string>(catalog: Catalog<K>): Translate<K> {
  return translator(catalog, useLang());
}
