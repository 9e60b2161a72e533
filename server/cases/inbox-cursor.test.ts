import { describe, expect, it } from 'vitest';
import { decodeInboxCursor, encodeInboxCursor } from './inbox-cursor';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('inbox cursor', () => {
  it('round-trips the sort, the last sort key and id', () => {
    expect(decodeInboxCursor(encodeInboxCursor({ sort: '-received', id: 987_654_321 }))).toEqual({ sort: '-received', id: 987_654_321 });
    const byName = { sort: 'customer', key: 'Åsa Lindqvist', id: 12 };
    expect(decodeInboxCursor(encodeInboxCursor(byName))).toEqual(byName);
    const byService = { sort: '-service', lang: 'sv' as const, key: 'public-area-use', id: 3 };
    expect(decodeInboxCursor(encodeInboxCursor(byService))).toEqual(byService);
  });

  it('is opaque: neither the key nor the id shows in the cursor', () => {
    const cursor = encodeInboxCursor({ sort: 'customer', key: 'Aino Virtanen', id: 123456 });
    expect(cursor).not.toContain('123456');
    expect(cursor).not.toContain('Aino');
  });

  it('rejects cursors it did not make', () => {
    expect(decodeInboxCursor('')).toBeNull();
    expect(decodeInboxCursor('123')).toBeNull();
    expect(decodeInboxCursor('not a cursor!')).toBeNull();
    expect(decodeInboxCursor(Buffer.from('i1:5').toString('base64url'))).toBeNull();
    expect(decodeInboxCursor(b64([2, '-received', null, null, -5]))).toBeNull();
    expect(decodeInboxCursor(b64([2, '-received', null, null, 1.5]))).toBeNull();
    expect(decodeInboxCursor(b64([2, '-received', null, null, 99999999999999999]))).toBeNull();
    expect(decodeInboxCursor(b64([2, '-received', 'de', null, 5]))).toBeNull();
    expect(decodeInboxCursor(b64([2, 'drop table', null, null, 5]))).toBeNull();
    expect(decodeInboxCursor(b64([1, '-received', null, null, 5]))).toBeNull();
  });
});
