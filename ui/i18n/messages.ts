/**
 * Typed UI texts in fi/sv/en. Each feature keeps its own messages next to its code:
 *
 *   const m = defineMessages({ fi: { send: 'Lähetä' }, sv: { send: 'Skicka' }, en: { send: 'Send' } });
 *   const t = useMessages(m);  t.send
 *
 * The type makes a missing translation a compile error; `{name}` placeholders are filled by `format`.
 */
import { createContext, useContext } from 'react';
import { LANGS, type Lang } from '../../form-library/format/types';

export { LANGS, type Lang };

export type Messages<K extends string> = Record<Lang, Record<K, string>>;

export function defineMessages<K extends string>(messages: { fi: Record<K, string>; sv: Record<K, string>; en: Record<K, string> }): Messages<K> {
  return messages;
}

export const LangContext = createContext<Lang>('fi');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useMessages<K extends string>(messages: Messages<K>): Record<K, string> {
  return messages[useLang()];
}

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && (LANGS as readonly string[]).includes(value);
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Names of the languages in themselves, for language switchers. */
export const LANG_NAMES: Record<Lang, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };
