import { describe, expect, it } from 'vitest';
import { controlCharacterIn } from './control-characters';

describe('control characters in text', () => {
  it('finds a NUL byte in an e-mail address and names it as U+0000', () => {
    expect(controlCharacterIn('a\u0000b@example.fi', { singleLine: true })).toEqual({ index: 1, codePoint: 'U+0000' });
  });

  it('allows tab and line breaks in multi-line text, but not on one line', () => {
    const letter = 'Hei,\r\n\tliitteenä järjestyssuunnitelma.\n';
    expect(controlCharacterIn(letter, { singleLine: false })).toBeNull();
    expect(controlCharacterIn(letter, { singleLine: true })).toEqual({ index: 4, codePoint: 'U+000D' });
  });

  it('finds escape, DEL and C1 controls anywhere, and lets Nordic letters be', () => {
    expect(controlCharacterIn('Åbo \u001b[31m', { singleLine: false })?.codePoint).toBe('U+001B');
    expect(controlCharacterIn('x\u007f', { singleLine: false })?.codePoint).toBe('U+007F');
    expect(controlCharacterIn('x\u0085', { singleLine: false })?.codePoint).toBe('U+0085');
    expect(controlCharacterIn('Märta Ödegård-Åkerlund', { singleLine: true })).toBeNull();
  });
});
