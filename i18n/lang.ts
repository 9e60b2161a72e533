/** The languages of every interface text: Finnish, Swedish and English. */
export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Names of the languages in themselves, for language switchers: the same in every interface language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/** The locale each language formats numbers, dates and plural forms in. */
export const LOCALES: Readonly<Record<Lang, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
