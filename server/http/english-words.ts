/**
 * The API's messages are English for integration teams; a count in them reads right for one too
 * ("1 item", "2 items"). English plurals of these nouns all take a plain "s".
 */
const plural = new Intl.PluralRules('en');

export function englishCount(count: unknown, noun: string): string {
  return `${String(count)} ${typeof count === 'number' && plural.select(count) === 'one' ? noun : `${noun}s`}`;
}

/** "Finnish", "Swedish": a language's English name, from the platform's own table. */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function englishLanguageName(lang: string): string {
  return languageNames.of(lang) ?? lang;
}
