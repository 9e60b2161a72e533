import { describe, expect, it } from 'vitest';
import { accessibilityStatementTexts, privacyNoticeTexts } from '../../../i18n/catalogs/notices';
import { translator, type Catalog } from '../../../i18n/translate';
import { LANGS, type Lang } from '../../../i18n/lang';
import { NOTICE_VALUES, noticeParts, textParts } from './notice-document';

/** Every text of a notice in one language, its arguments filled. */
function everyText(catalog: Catalog<string>, lang: Lang): string {
  const t = translator(catalog, lang);
  return Object.keys(catalog.fi).map((key) => t(key, NOTICE_VALUES)).join('\n');
}

describe('notice texts', () => {
  it('turn only https, mailto and tel addresses into links', () => {
    expect(textParts('Kirjoita [tuki@kevyt.example](mailto:tuki@kevyt.example) tai katso [tietosuoja.fi](https://tietosuoja.fi).')).toEqual([
      { text: 'Kirjoita ' },
      { text: 'tuki@kevyt.example', href: 'mailto:tuki@kevyt.example' },
      { text: ' tai katso ' },
      { text: 'tietosuoja.fi', href: 'https://tietosuoja.fi' },
      { text: '.' },
    ]);
    expect(textParts('[x](javascript:alert(1)) [y](http://example.fi)')).toEqual([{ text: '[x](javascript:alert(1)) [y](http://example.fi)' }]);
  });

  it('read as parts in the catalog’s order, each with its paragraphs, list and the paragraphs after it', () => {
    expect(noticeParts(['title', 'lead', 's1Heading', 's1P1', 's1P2', 's2Heading', 's2Item1', 's2Item2', 's2After1'])).toEqual([
      { heading: 's1Heading', paragraphs: ['s1P1', 's1P2'], list: [], after: [] },
      { heading: 's2Heading', paragraphs: [], list: ['s2Item1', 's2Item2'], after: ['s2After1'] },
    ]);
    expect(() => noticeParts(['s3P1', 's3Heading'])).toThrow(/s3P1 comes before its heading/);
  });

  it('give every part of both notices a heading and some text, the contact address as a link', () => {
    for (const catalog of [privacyNoticeTexts, accessibilityStatementTexts]) {
      const parts = noticeParts(Object.keys(catalog.fi));
      expect(parts.length).toBeGreaterThan(5);
      for (const part of parts) expect(part.paragraphs.length + part.list.length).toBeGreaterThan(0);
      for (const lang of LANGS) {
        const all = everyText(catalog, lang);
        expect(all).not.toMatch(/\{|\}/);
        expect(textParts(all)).toContainEqual({ text: NOTICE_VALUES.email, href: `mailto:${NOTICE_VALUES.email}` });
      }
    }
  });

  it('name Traficom as the accessibility supervisor in every language, with its address', () => {
    for (const lang of LANGS) {
      const text = everyText(accessibilityStatementTexts, lang);
      expect(text).toContain('Traficom');
      expect(text).toContain('saavutettavuus@traficom.fi');
      expect(text).toContain('306/2019');
    }
  });
});
