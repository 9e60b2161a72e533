import { describe, expect, it } from 'vitest';
import { precompileCatalog } from '../build/i18n-catalogs';
import { defineCatalog, inEveryLang, translator, type Catalog } from './translate';

const source = {
  fi: { files: 'Liitä enintään {limit, plural, one {# tiedosto} other {# tiedostoa}}.', plain: 'Lähetä', named: 'Hei {name}, tässä <b>{n}</b>', quote: "Viranomaisen 'palvelu'" },
  sv: { files: 'Bifoga högst {limit, plural, one {# fil} other {# filer}}.', plain: 'Skicka', named: 'Hej {name}, här <b>{n}</b>', quote: "Myndighetens 'tjänst'" },
  en: { files: 'Attach at most {limit, plural, one {# file} other {# files}}.', plain: 'Send', named: 'Hello {name}, here <b>{n}</b>', quote: "The authority's 'service'" },
};

describe('translator', () => {
  const asWritten = defineCatalog(source);
  const asBuilt = precompileCatalog(source) as typeof asWritten;

  it.each([
    ['as written (server, tests)', asWritten],
    ['as the build parsed it (browser)', asBuilt],
  ] as Array<[string, Catalog<keyof typeof source.fi>]>)('reads plural forms right %s', (_, catalog) => {
    expect(translator(catalog, 'fi')('files', { limit: 1 })).toBe('Liitä enintään 1 tiedosto.');
    expect(translator(catalog, 'fi')('files', { limit: 3 })).toBe('Liitä enintään 3 tiedostoa.');
    expect(translator(catalog, 'sv')('files', { limit: 1 })).toBe('Bifoga högst 1 fil.');
    expect(translator(catalog, 'sv')('files', { limit: 2 })).toBe('Bifoga högst 2 filer.');
    expect(translator(catalog, 'en')('files', { limit: 1 })).toBe('Attach at most 1 file.');
    expect(translator(catalog, 'en')('files', { limit: 5 })).toBe('Attach at most 5 files.');
    expect(translator(catalog, 'en')('plain')).toBe('Send');
    // A simple argument is the value as given; `<` is text, not a tag; an apostrophe before a letter is itself.
    expect(translator(catalog, 'fi')('named', { name: 'Aino', n: 1000 })).toBe('Hei Aino, tässä <b>1000</b>');
    expect(translator(catalog, 'en')('quote')).toBe("The authority's 'service'");
  });

  it('is one function per catalog and language, so a hook can depend on it', () => {
    expect(translator(asWritten, 'sv')).toBe(translator(asWritten, 'sv'));
    expect(translator(asWritten, 'sv').lang).toBe('sv');
  });

  it('gives a message in every language at once', () => {
    expect(inEveryLang(asWritten, 'plain')).toEqual({ fi: 'Lähetä', sv: 'Skicka', en: 'Send' });
  });

  it('names a missing argument instead of printing a half sentence', () => {
    expect(() => translator(asWritten, 'fi')('named', { name: 'Aino' })).toThrow(/"n"/);
  });
});
