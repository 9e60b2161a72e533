import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './fill-placeholders';

describe('fillPlaceholders', () => {
  it('fills every named place, numbers as text', () => {
    expect(fillPlaceholders('Tiedosto {name} on suurempi kuin {max} Mt.', { name: 'liite.pdf', max: 10 })).toBe('Tiedosto liite.pdf on suurempi kuin 10 Mt.');
  });
  it('leaves a place without a value empty', () => {
    expect(fillPlaceholders('Anna vähintään {limit}.', {})).toBe('Anna vähintään .');
  });
});
