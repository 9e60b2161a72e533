import type { LocalizedText } from '../format/types';

/** A text in Finnish, Swedish and English: the ready-made library always has all three. */
export function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}
