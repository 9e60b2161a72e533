import { describe, expect, it } from 'vitest';
import { shortDescription } from './short-description';

describe('shortDescription', () => {
  it('shortens a long legal description to its first sentence, and leaves a short one whole', () => {
    expect(shortDescription('Ilmoitus tilapäisestä melusta ympäristönsuojelulain 118 §:n mukaan. Tehdään 30 päivää ennen.')).toBe('Ilmoitus tilapäisestä melusta ympäristönsuojelulain 118 §:n mukaan.');
    expect(shortDescription('Rakennuksen purkaminen.')).toBeNull();
    const long = `${'Järjestäjän on ilmoitettava '.repeat(12)}poliisille.`;
    const short = shortDescription(long, 80)!;
    expect(short.length).toBeLessThanOrEqual(81);
    expect(short.endsWith('…')).toBe(true);
  });
});
