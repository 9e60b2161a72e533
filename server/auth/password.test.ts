import { describe, expect, it } from 'vitest';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Kesäterassi-2026');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('Kesäterassi-2026', hash)).toBe(true);
    expect(await verifyPassword('kesäterassi-2026', hash)).toBe(false);
  });

  it('salts every hash and matches no password against the unusable hash or garbage', async () => {
    expect(await hashPassword('sama')).not.toBe(await hashPassword('sama'));
    expect(await verifyPassword('', UNUSABLE_HASH)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});
