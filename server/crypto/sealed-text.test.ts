import { describe, expect, it } from 'vitest';
import { openText, sealText } from './sealed-text';

describe('sealed text', () => {
  it('opens with the same secret and purpose only, and refuses an altered text', () => {
    const sealed = sealText('staff totp secret', 'session-secret', 'KEVYTSECRET');
    expect(sealed).not.toContain('KEVYTSECRET');
    expect(sealText('staff totp secret', 'session-secret', 'KEVYTSECRET')).not.toBe(sealed);
    expect(openText('staff totp secret', 'session-secret', sealed)).toBe('KEVYTSECRET');
    expect(() => openText('staff totp secret', 'another-secret', sealed)).toThrow();
    expect(() => openText('outbox secret', 'session-secret', sealed)).toThrow();
    const altered = Buffer.from(sealed, 'base64url');
    altered[altered.length - 1] ^= 1;
    expect(() => openText('staff totp secret', 'session-secret', altered.toString('base64url'))).toThrow();
  });
});
