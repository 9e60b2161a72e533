import { describe, expect, it } from 'vitest';
import { newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHash, RECOVERY_CODE_COUNT } from './recovery-codes';

describe('recovery codes', () => {
  it('are ten distinct codes of ten characters without look-alikes, shown as xxxxx-xxxxx', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it('are read as typed: any case, spaces or hyphens; nothing else', () => {
    expect(normalizeRecoveryCode('AB2CD-EF3GH')).toBe('ab2cdef3gh');
    expect(normalizeRecoveryCode(' ab2cd ef3gh ')).toBe('ab2cdef3gh');
    expect(normalizeRecoveryCode('123456')).toBeNull();
    expect(normalizeRecoveryCode('ab2cd-ef3g')).toBeNull();
    // 0, 1, i, l and o are not in the alphabet.
    expect(normalizeRecoveryCode('ab0cd-ef1gh')).toBeNull();
  });

  it('are kept as a keyed hash: the same code hashes alike under one key, differently under another', () => {
    const hash = recoveryCodeHash('secret-a', 'ab2cdef3gh');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash('secret-a', 'ab2cdef3gh')).toBe(hash);
    expect(recoveryCodeHash('secret-b', 'ab2cdef3gh')).not.toBe(hash);
    expect(hash).not.toContain('ab2cdef3gh');
  });
});
