/**
 * The languages Kevyt speaks and a text written in them: what the form-pack format and the
 * workflow format both need, kept below both so neither has to import the other for it.
 */
export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in the three languages. Drafts may lack some; publishing requires fi and sv. */
export type LocalizedText = Partial<Record<Lang, string>>;

/** A text in Finnish, Swedish and English, all three given (fixtures, benchmarks). */
export function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}
