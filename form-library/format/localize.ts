import type { Lang, LocalizedText } from './types';

/**
 * The one rule for reading a designer's or the reference data's text in a language: the text in
 * `lang`, else Finnish, Swedish, English (an empty text counts as missing), else `fallback`. So a
 * draft with a missing translation still previews; the publishing gate (`problems/`) stops such
 * texts reaching customers. Municipality names ({ fi, sv }) read the same way.
 */
export function localize(text: LocalizedText | undefined, lang: Lang, fallback = ''): string {
  if (!text) return fallback;
  return text[lang] || text.fi || text.sv || text.en || fallback;
}
