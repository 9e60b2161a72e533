/**
 * Interface texts through ICU MessageFormat (FormatJS's intl-messageformat): plural and select
 * forms, `{name}` arguments. Texts live in JSON catalogs under `i18n/catalogs/` that translators edit;
 * code asks for them by key, and a key missing from a catalog is a compile error:
 *
 *   const t = translator(customerTexts, 'sv');
 *   t('serviceCount', { count: 1 })   // "1 tjänst"
 *
 * The apps' build turns each catalog into parsed messages (`build/i18n-catalogs.ts`), so browsers get
 * no parser; on the server and in tests a message may still be a string and is parsed on first use.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Lang } from './lang';
import { isPlainText, PARSE_OPTIONS } from './message-syntax';

/** A message as written in a catalog, or as the build has parsed it. */
export type Message = string | readonly MessageFormatElement[];

/** One catalog's messages in every language, by key. */
export type Catalog<K extends string> = Readonly<Record<Lang, Readonly<Record<K, Message>>>>;

/** What a message's arguments may be. */
export type MessageValues = Readonly<Record<string, string | number | boolean | Date | null | undefined>>;

export interface Translate<K extends string> {
  /** The message `key` in this translator's language, its arguments filled from `values`. */
  (key: K, values?: MessageValues): string;
  readonly lang: Lang;
  /** Whether the catalog has `key`, for keys made from data (`kind_${kind}`). */
  has(key: string): key is K;
}

export type KeyOf<C> = C extends Catalog<infer K> ? K : never;
export type TextsOf<C> = Translate<KeyOf<C>>;

/** JSON as imported: a catalog per language, every language with the first one's keys. */
export function defineCatalog<T extends Record<string, string>>(languages: { fi: T; sv: NoInfer<T>; en: NoInfer<T> }): Catalog<Extract<keyof T, string>> {
  return languages;
}

/** A catalog file of several sections (`{ "inbox": { … }, "case": { … } }`): one catalog per section. */
export function defineSections<T extends Record<string, Record<string, string>>>(languages: { fi: T; sv: NoInfer<T>; en: NoInfer<T> }): {
  readonly [S in keyof T]: Catalog<Extract<keyof T[S], string>>;
} {
  const sections = Object.keys(languages.fi) as Array<keyof T>;
  return Object.fromEntries(sections.map((s) => [s, { fi: languages.fi[s], sv: languages.sv[s], en: languages.en[s] }])) as unknown as {
    [S in keyof T]: Catalog<Extract<keyof T[S], string>>;
  };
}


type Formatted = (values?: MessageValues) => string;

const translators = new WeakMap<object, Map<Lang, Translate<string>>>();

/** The catalog's translator for `lang`; the same function every time, so it can sit in a hook's dependencies. */
export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  let byLang = translators.get(catalog);
  if (!byLang) translators.set(catalog, (byLang = new Map()));
  let t = byLang.get(lang);
  if (!t) {
    const messages: Readonly<Record<string, Message>> = catalog[lang];
    const compiled = new Map<string, Formatted>();
    t = Object.assign(
      (key: string, values?: MessageValues): string => {
        let format = compiled.get(key);
        if (!format) compiled.set(key, (format = compile(messages[key], lang, key)));
        return format(values);
      },
      { lang, has: (key: string): key is string => Object.hasOwn(messages, key) },
    );
    byLang.set(lang, t);
  }
  return t as unknown as Translate<K>;
}

/** The message in every language, e.g. for a text stored in all three or an alert that speaks all three. */
export function inEveryLang<K extends string>(catalog: Catalog<K>, key: K, values?: MessageValues): Record<Lang, string> {
  return { fi: translator(catalog, 'fi')(key, values), sv: translator(catalog, 'sv')(key, values), en: translator(catalog, 'en')(key, values) };
}

function compile(message: Message | undefined, lang: Lang, key: string): Formatted {
  if (message === undefined) throw new Error(`No text "${key}" in the ${lang} catalog`);
  // Most texts are plain: no formatter, no Intl object on a page's first render.
  if (typeof message === 'string' && isPlainText(message)) return () => message;
  const only = typeof message === 'string' ? undefined : message[0];
  if (message.length === 1 && only?.type === TYPE.literal) return () => only.value;
  if (message.length === 0) return () => '';
  const format = new IntlMessageFormat(message as string | MessageFormatElement[], LOCALES[lang], undefined, PARSE_OPTIONS);
  const formatted: Formatted = (values) => String(format.format(values as Record<string, string | number | boolean | Date | null | undefined>));
  return textFillerOf(format.getAst(), formatted) ?? formatted;
}

/**
 * A message of only text and `{name}` arguments is the texts joined, with a string or number
 * argument as String() gives it, which is what the formatter does with a plain `{name}` (a number
 * is formatted for the language only as `{name, number}`). Done here directly, since the
 * formatter's general path costs some microseconds a call and a server writes several such texts
 * per send; any other value (a date, a missing one) goes through the formatter, which names what
 * is missing.
 */
function textFillerOf(ast: readonly MessageFormatElement[], formatted: Formatted): Formatted | null {
  const parts: Array<{ text: string } | { name: string }> = [];
  for (const element of ast) {
    if (element.type === TYPE.literal) parts.push({ text: element.value });
    else if (element.type === TYPE.argument) parts.push({ name: element.value });
    else return null;
  }
  return (values) => {
    let out = '';
    for (const part of parts) {
      if ('text' in part) out += part.text;
      else {
        const value = values?.[part.name];
        if (typeof value === 'string') out += value;
        else if (typeof value === 'number') out += String(value);
        else return formatted(values);
      }
    }
    return out;
  };
}
