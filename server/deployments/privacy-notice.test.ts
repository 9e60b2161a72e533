import { describe, expect, it } from 'vitest';
import { privacyNoticeOf, privacyNoticeProblems } from './privacy-notice';

describe('an authority’s own privacy notice for a deployment', () => {
  it('takes a full https address or a text, or neither', () => {
    expect(privacyNoticeProblems({ privacyNoticeUrl: 'https://www.hel.fi/fi/paatoksenteko-ja-hallinto/tietoa-helsingista/tietosuoja' })).toEqual([]);
    expect(privacyNoticeProblems({ privacyNoticeText: 'Rekisterinpitäjä: Helsingin kaupunginhallitus.' })).toEqual([]);
    expect(privacyNoticeProblems({})).toEqual([]);
    expect(privacyNoticeProblems({ privacyNoticeUrl: '  ', privacyNoticeText: null })).toEqual([]);
  });

  it('refuses a plain-http, relative or malformed address, naming the field', () => {
    for (const url of ['http://www.hel.fi/tietosuoja', 'www.hel.fi/tietosuoja', '/tietosuoja', 'javascript:alert(1)', 'https://']) {
      expect(privacyNoticeProblems({ privacyNoticeUrl: url }).map((p) => p.path), url).toEqual(['privacyNoticeUrl']);
    }
  });

  it('refuses both at once, naming the text', () => {
    expect(privacyNoticeProblems({ privacyNoticeUrl: 'https://www.espoo.fi/tietosuoja', privacyNoticeText: 'Oma seloste' })).toEqual([
      { path: 'privacyNoticeText', message: 'Give either privacyNoticeUrl or privacyNoticeText, not both' },
    ]);
  });

  it('shows the link, else the text, else the general notice', () => {
    expect(privacyNoticeOf({ privacyNoticeUrl: 'https://www.espoo.fi/tietosuoja', privacyNoticeText: null })).toEqual({ kind: 'url', url: 'https://www.espoo.fi/tietosuoja' });
    expect(privacyNoticeOf({ privacyNoticeUrl: null, privacyNoticeText: 'Oma seloste' })).toEqual({ kind: 'text', text: 'Oma seloste' });
    expect(privacyNoticeOf({ privacyNoticeUrl: null, privacyNoticeText: null })).toBeNull();
  });
});
