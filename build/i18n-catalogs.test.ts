import { describe, expect, it } from 'vitest';
import { defineCatalog, translator, type Catalog } from '../i18n/translate';
import { precompileCatalog } from './i18n-catalogs';

const source = {
  fi: { files: 'Liitä enintään {limit, plural, one {# tiedosto} other {# tiedostoa}}.', plain: 'Lähetä', named: 'Hei {name}, tässä <b>{n}</b>', quote: "Viranomaisen 'palvelu'" },
  sv: { files: 'Bifoga högst {limit, plural, one {# fil} other {# filer}}.', plain: 'Skicka', named: 'Hej {name}, här <b>{n}</b>', quote: "Myndighetens 'tjänst'" },
  en: { files: 'Attach at most {limit, plural, one {# file} other {# files}}.', plain: 'Send', named: 'Hello {name}, here <b>{n}</b>', quote: "The authority's 'service'" },
};

describe('precompiled catalogs', () => {
  const asWritten = defineCatalog(source);
  const asBuilt = precompileCatalog(source) as typeof asWritten;

  it('keep plain texts as strings and parse the rest into syntax trees', () => {
    expect(asBuilt.fi.plain).toBe('Lähetä');
    expect(Array.isArray(asBuilt.fi.files)).toBe(true);
    expect(Array.isArray(asBuilt.en.quote)).toBe(true);
  });

  it.each([
    ['as written (server, tests)', asWritten],
    ['as the build parsed it (browser)', asBuilt],
  ] as Array<[string, Catalog<keyof typeof source.fi>]>)('read the same %s', (_, catalog) => {
    expect(translator(catalog, 'fi')('files', { limit: 1 })).toBe('Liitä enintään 1 tiedosto.');
    expect(translator(catalog, 'fi')('files', { limit: 3 })).toBe('Liitä enintään 3 tiedostoa.');
    expect(translator(catalog, 'sv')('files', { limit: 1 })).toBe('Bifoga högst 1 fil.');
    expect(translator(catalog, 'en')('files', { limit: 5 })).toBe('Attach at most 5 files.');
    expect(translator(catalog, 'en')('plain')).toBe('Send');
    // A simple argument is the value as given; `<` is text, not a tag; an apostrophe before a letter is itself.
    expect(translator(catalog, 'fi')('named', { name: 'Aino', n: 1000 })).toBe('Hei Aino, tässä <b>1000</b>');
    expect(translator(catalog, 'en')('quote')).toBe("The authority's 'service'");
  });

  it('refuse a catalog that holds something other than messages', () => {
    expect(() => precompileCatalog({ fi: { count: 3 } })).toThrow(/only messages/);
  });
});
