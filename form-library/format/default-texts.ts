/**
 * The texts a new element, option or page starts with in the designer are the pack catalog's
 * `kinds` and `newElement` messages. They name the kind of thing ("Tekstikenttä", "Vaihtoehto 1"),
 * not what it asks: the problem check flags the placeholders among them while they are left as
 * they were (`placeholderText`).
 */
import { kindTexts, newElementTexts } from '../../i18n/catalogs/pack';
import { translator } from '../../i18n/translate';
import type { ElementKind, Lang } from './types';
import { specOf } from '../kinds/kind-specs';


const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Vaihtoehto 1", "Vaihtoehto 2", …: the numbered message with any number in its place. */
function isNumbered(key: 'option' | 'page', text: string, lang: Lang): boolean {
  const marker = 987654321;
  const [before, after] = translator(newElementTexts, lang)(key, { n: marker }).split(/987[\s,.\u00a0\u202f]?654[\s,.\u00a0\u202f]?321/);
  return new RegExp(`^${escape(before ?? '')}\\d+${escape(after ?? '')}$`).test(text);
}

export type PlaceholderRole = 'label' | 'text' | 'option' | 'title';

/**
 * Whether `text` (in `lang`) is a starting text the designer has not replaced: the label of an
 * element of a placeholder kind, an info element's text, an option named "Vaihtoehto N", a page
 * named "Sivu N". An element's label is compared with its own kind's name only.
 */
export function isPlaceholderText(role: PlaceholderRole, text: string | undefined, lang: Lang, kind?: ElementKind): boolean {
  if (text === undefined) return false;
  const t = text.trim();
  switch (role) {
    case 'label':
      // Only kinds whose name says what the widget is, not what it asks (the kind's spec says which).
      return kind !== undefined && specOf(kind).designer.placeholderLabel && t === translator(kindTexts, lang)(specOf(kind).designer.nameKey);
    case 'text':
      return t === translator(newElementTexts, lang)('infoText');
    case 'option':
      return isNumbered('option', t, lang);
    case 'title':
      return isNumbered('page', t, lang);
  }
}
