import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES } from './lang';
import { PARSE_OPTIONS } from './message-syntax';
import { defineCatalog, inEveryLang, translator } from './translate';

const catalog = defineCatalog({
  fi: { files: 'Liitä enintään {limit, plural, one {# tiedosto} other {# tiedostoa}}.', plain: 'Lähetä', named: 'Hei {name}, tässä <b>{n}</b>', kind_a: 'A' },
  sv: { files: 'Bifoga högst {limit, plural, one {# fil} other {# filer}}.', plain: 'Skicka', named: 'Hej {name}, här <b>{n}</b>', kind_a: 'A' },
  en: { files: 'Attach at most {limit, plural, one {# file} other {# files}}.', plain: 'Send', named: 'Hello {name}, here <b>{n}</b>', kind_a: 'A' },
});

describe('translator', () => {
  it('reads plural forms right in each language', () => {
    expect(translator(catalog, 'fi')('files', { limit: 1 })).toBe('Liitä enintään 1 tiedosto.');
    expect(translator(catalog, 'sv')('files', { limit: 2 })).toBe('Bifoga högst 2 filer.');
    expect(translator(catalog, 'en')('files', { limit: 1 })).toBe('Attach at most 1 file.');
  });

  it('is one function per catalog and language, so a hook can depend on it', () => {
    expect(translator(catalog, 'sv')).toBe(translator(catalog, 'sv'));
    expect(translator(catalog, 'sv').lang).toBe('sv');
  });

  it('tells whether a key made from data is in the catalog', () => {
    const t = translator(catalog, 'fi');
    expect(['a', 'b'].map((kind) => t.has(`kind_${kind}`))).toEqual([true, false]);
  });

  it('gives a message in every language at once', () => {
    expect(inEveryLang(catalog, 'plain')).toEqual({ fi: 'Lähetä', sv: 'Skicka', en: 'Send' });
  });

  it('names a missing argument instead of printing a half sentence', () => {
    expect(() => translator(catalog, 'fi')('named', { name: 'Aino' })).toThrow(/"n"/);
  });

  it('fills plain arguments exactly as the formatter does', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const formatter = new IntlMessageFormat(catalog[lang].named as string, LOCALES[lang], undefined, PARSE_OPTIONS);
      for (const values of [{ name: 'Aino', n: 'kaksi' }, { name: 'Aino', n: 12345 }, { name: 'Aino', n: 0 }, { name: '', n: -1.5 }])
        expect(translator(catalog, lang)('named', values)).toBe(formatter.format(values));
    }
    expect(translator(catalog, 'fi')('named', { name: 'Aino', n: 12345 })).toBe('Hei Aino, tässä <b>12345</b>');
  });
});
