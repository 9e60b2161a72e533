/**
 * The catalogs a translator edits: every language has exactly the same keys, every message is valid
 * ICU MessageFormat, and each message takes the same arguments (and select choices) in every language,
 * so code that fills a message in Finnish fills it in Swedish and English too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import { PARSE_OPTIONS } from './message-syntax';

const DIR = join(import.meta.dirname, 'catalogs');
const surfaces = readdirSync(DIR).filter((name) => statSync(join(DIR, name)).isDirectory());

type Tree = { [key: string]: string | Tree };

function messages(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of messages(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** What a message asks of its caller: `count`, `name`, `kind:select[a|b|other]` (a plural form may differ by language, a select's choices not). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound || el.type === TYPE.tag) continue;
    if (el.type === TYPE.select) into.add(`${el.value}:select[${Object.keys(el.options).sort().join('|')}]`);
    else into.add(el.value);
    if (el.type === TYPE.select || el.type === TYPE.plural) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return into;
}

describe.each(surfaces)('catalog %s', (surface) => {
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, messages(JSON.parse(readFileSync(join(DIR, surface, `${lang}.json`), 'utf8')) as Tree)]));

  it('has the same keys in Finnish, Swedish and English', () => {
    const fiKeys = [...byLang.fi.keys()].sort();
    expect(fiKeys.length).toBeGreaterThan(0);
    for (const lang of LANGS) expect({ lang, keys: [...byLang[lang].keys()].sort() }).toEqual({ lang, keys: fiKeys });
  });

  it('holds only valid ICU messages, with the same arguments in every language', () => {
    for (const [key, fiText] of byLang.fi) {
      const fiArgs = [...argumentsOf(parse(fiText, PARSE_OPTIONS))].sort();
      for (const lang of LANGS) {
        const text = byLang[lang].get(key);
        if (text === undefined) continue;
        let args: string[];
        try {
          args = [...argumentsOf(parse(text, PARSE_OPTIONS))].sort();
        } catch (err) {
          throw new Error(`${surface} ${lang} "${key}" is not a valid message: ${(err as Error).message}`);
        }
        expect({ key, lang, args }).toEqual({ key, lang, args: fiArgs });
      }
    }
  });
});
