import { describe, expect, it } from 'vitest';
import { decodeInboxCursor, encodeInboxCursor } from './inbox-cursor';

describe('inbox cursor', () => {
  it('round-trips the last id shown', () => {
    expect(decodeInboxCursor(encodeInboxCursor(1))).toBe(1);
    expect(decodeInboxCursor(encodeInboxCursor(987_654_321))).toBe(987_654_321);
  });

  it('is opaque: the id does not show in the cursor', () => {
    expect(encodeInboxCursor(123456)).not.toContain('123456');
  });

  it('rejects cursors it did not make', () => {
    expect(decodeInboxCursor('')).toBeNull();
    expect(decodeInboxCursor('123')).toBeNull();
    expect(decodeInboxCursor(Buffer.from('i1:-5').toString('base64url'))).toBeNull();
    expect(decodeInboxCursor(Buffer.from('i1:12abc').toString('base64url'))).toBeNull();
    expect(decodeInboxCursor(Buffer.from('i1:99999999999999999').toString('base64url'))).toBeNull();
    expect(decodeInboxCursor('not a cursor!')).toBeNull();
  });
});
