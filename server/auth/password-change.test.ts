import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH } from '../../api-contract/limits';
import { newPasswordProblems } from './password-change';

describe('newPasswordProblems', () => {
  it('accepts a long enough password that differs from the current one', () => {
    expect(newPasswordProblems('Kesäkuun-toinen-2026', false)).toEqual([]);
  });

  it('names newPassword when it is too short, counting characters rather than UTF-16 units', () => {
    expect(newPasswordProblems('lyhyt', false)).toEqual([{ path: 'newPassword', message: `Must be at least ${MIN_PASSWORD_LENGTH} characters` }]);
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    expect(newPasswordProblems('🔑'.repeat(MIN_PASSWORD_LENGTH - 1), false)).toHaveLength(1);
    expect(newPasswordProblems('å'.repeat(MIN_PASSWORD_LENGTH), false)).toEqual([]);
  });

  it('refuses the current password as the new one', () => {
    expect(newPasswordProblems('kevyt-demo-2026', true)).toEqual([{ path: 'newPassword', message: 'Must differ from the current password' }]);
  });

  it('refuses an absurdly long password', () => {
    expect(newPasswordProblems('a'.repeat(1025), false)[0]?.path).toBe('newPassword');
  });
});
