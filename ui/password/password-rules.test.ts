import { describe, expect, it } from 'vitest';
import { passwordFormProblems, serverPasswordProblems } from './password-rules';

describe('passwordFormProblems', () => {
  it('passes a long enough new password typed twice alike', () => {
    expect(passwordFormProblems({ currentPassword: 'abcd-efgh-ijkm', newPassword: 'Kesäkuun-toinen-2026', repeat: 'Kesäkuun-toinen-2026' })).toEqual({});
  });
  it('names every empty field, a short one, the current one reused and a mistyped repeat', () => {
    expect(passwordFormProblems({ currentPassword: '', newPassword: '', repeat: '' })).toEqual({ currentPassword: 'required', newPassword: 'required', repeat: 'required' });
    expect(passwordFormProblems({ currentPassword: 'x', newPassword: 'lyhyt', repeat: 'lyhyt' })).toEqual({ newPassword: 'tooShort' });
    expect(passwordFormProblems({ currentPassword: 'kevyt-demo-2026', newPassword: 'kevyt-demo-2026', repeat: 'kevyt-demo-2026' })).toEqual({ newPassword: 'sameAsOld' });
    expect(passwordFormProblems({ currentPassword: 'x', newPassword: 'Kesäkuun-toinen-2026', repeat: 'Kesakuun-toinen-2026' })).toEqual({ repeat: 'mismatch' });
  });
});

describe('serverPasswordProblems', () => {
  it('maps the server’s field errors onto the form', () => {
    expect(serverPasswordProblems(401, [{ path: 'currentPassword', message: 'Wrong password' }])).toEqual({ currentPassword: 'wrongCurrent' });
    expect(serverPasswordProblems(422, [{ path: 'newPassword', message: 'Must differ from the current password' }])).toEqual({ newPassword: 'sameAsOld' });
    expect(serverPasswordProblems(422, [{ path: 'newPassword', message: 'Must be at least 12 characters' }])).toEqual({ newPassword: 'tooShort' });
    expect(serverPasswordProblems(401, [])).toBeNull();
    expect(serverPasswordProblems(500, [])).toBeNull();
  });
});
