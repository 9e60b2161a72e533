import { describe, expect, it } from 'vitest';
import { checkTotp, groupedSecret, newTotpSecret, normalizeTotpCode, oldestLiveStep, stepOf, totpCodeAt, totpUri } from './totp';

// RFC 6238's test secret ("12345678901234567890" in base32) and its published SHA-1 codes (last six digits).
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP codes', () => {
  it('match RFC 6238’s SHA-1 test vectors', () => {
    expect(totpCodeAt(RFC_SECRET, at(59))).toBe('287082');
    expect(totpCodeAt(RFC_SECRET, at(1111111109))).toBe('081804');
    expect(totpCodeAt(RFC_SECRET, at(1234567890))).toBe('005924');
  });

  it('accept the code of the current step and of one step either side, not two', () => {
    const now = at(1_800_000_015);
    const step = stepOf(now);
    const none = new Set<number>();
    expect(checkTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, now), now, none)).toEqual({ ok: true, step });
    expect(checkTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_800_000_015 - 30)), now, none)).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_800_000_015 + 30)), now, none)).toEqual({ ok: true, step: step + 1 });
    expect(checkTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_800_000_015 - 60)), now, none)).toEqual({ ok: false, reason: 'wrong' });
    expect(checkTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_800_000_015 + 60)), now, none)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuse a code whose step was used already (replay), and anything that is not six digits', () => {
    const now = at(1_800_000_015);
    const code = totpCodeAt(RFC_SECRET, now);
    expect(checkTotp(RFC_SECRET, code, now, new Set([stepOf(now)]))).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now, new Set())).toEqual({ ok: true, step: stepOf(now) });
    for (const typed of ['', '12345', '1234567', 'abcdef', '12345a']) expect(checkTotp(RFC_SECRET, typed, now, new Set())).toEqual({ ok: false, reason: 'wrong' });
    expect(normalizeTotpCode(' 123 456 ')).toBe('123456');
  });

  it('sweep used steps once they can no longer match', () => {
    const now = at(1_800_000_015);
    expect(oldestLiveStep(now)).toBe(stepOf(now) - 1);
  });

  it('make 160-bit base32 secrets, shown in groups of four, in an otpauth URI naming Kevyt', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(groupedSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
    expect(totpUri(secret, 'anna@hel.fi')).toBe(`otpauth://totp/Kevyt:anna%40hel.fi?secret=${secret}&period=30&digits=6&algorithm=SHA1&issuer=Kevyt`);
  });
});
