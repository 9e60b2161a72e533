import type { Lang, LocalizedText } from './types';

/**
 * The text in `lang`, falling back to Finnish, Swedish, English so a draft with a missing
 * translation still previews; the publishing gate (`problems/`) stops such texts reaching customers.
 */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.fi || text.sv || text.en || '';
}
