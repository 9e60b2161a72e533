/** What the texts need to know of the languages (`languages/` defines them). */
import { LANGS, type Lang } from '../languages/localized-text';

export { LANGS, type Lang };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Names of the languages in themselves, for language switchers: the same in every interface language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/** The locale each language formats numbers, dates and plural forms in. */
export const LOCALES: Readonly<Record<Lang, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
