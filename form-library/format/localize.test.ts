import { describe, expect, it } from 'vitest';
import { localize } from './localize';

describe('localize, the one fallback order for designers’ and reference texts', () => {
  it('reads the language, else Finnish, Swedish, English, else the fallback', () => {
    expect(localize({ fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' }, 'sv')).toBe('Evenemang');
    expect(localize({ fi: 'Tapahtumat', sv: 'Evenemang' }, 'en')).toBe('Tapahtumat');
    expect(localize({ sv: 'Evenemang', en: 'Events' }, 'fi')).toBe('Evenemang');
    expect(localize({ en: 'Events' }, 'sv')).toBe('Events');
    expect(localize(undefined, 'fi', 'events')).toBe('events');
    expect(localize({}, 'fi', 'events')).toBe('events');
  });

  it('treats an empty translation as missing (the renderer once showed an empty label instead)', () => {
    expect(localize({ fi: 'Tapahtuman nimi', sv: '' }, 'sv')).toBe('Tapahtuman nimi');
  });

  it('reads a municipality’s names the same way: Swedish in Swedish, else Finnish', () => {
    expect(localize({ code: '049', fi: 'Espoo', sv: 'Esbo' } as { fi: string; sv: string }, 'sv')).toBe('Esbo');
    expect(localize({ fi: 'Helsinki', sv: 'Helsingfors' }, 'en')).toBe('Helsinki');
    expect(localize({ fi: 'Inari', sv: '' }, 'sv')).toBe('Inari');
  });
});
