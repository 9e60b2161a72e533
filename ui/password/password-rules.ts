/**
 * The browser's early check of a new password, the same rules as the server's
 * (server/auth/password-change.ts), which decides: long enough, not too long, typed twice alike.
 * "Not the current one" only the server can tell against a hash; it names the field then.
 */
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../api-contract/limits';

export { MIN_PASSWORD_LENGTH };

export type PasswordField = 'currentPassword' | 'newPassword' | 'repeat';
export type PasswordProblem = 'required' | 'tooShort' | 'tooLong' | 'sameAsOld' | 'mismatch' | 'wrongCurrent';

export interface PasswordInput {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function passwordFormProblems(input: PasswordInput): Partial<Record<PasswordField, PasswordProblem>> {
  const problems: Partial<Record<PasswordField, PasswordProblem>> = {};
  if (input.currentPassword === '') problems.currentPassword = 'required';
  const length = [...input.newPassword].length;
  if (length === 0) problems.newPassword = 'required';
  else if (length < MIN_PASSWORD_LENGTH) problems.newPassword = 'tooShort';
  else if (length > MAX_PASSWORD_LENGTH) problems.newPassword = 'tooLong';
  else if (input.newPassword === input.currentPassword) problems.newPassword = 'sameAsOld';
  if (input.repeat === '') problems.repeat = 'required';
  else if (input.repeat !== input.newPassword) problems.repeat = 'mismatch';
  return problems;
}

/** The server's answer to POST /api/auth/password turned into field problems (null: not a field error). */
export function serverPasswordProblems(status: number, fields: Array<{ path: string; message: string }>): Partial<Record<PasswordField, PasswordProblem>> | null {
  if (status === 401 && fields.some((f) => f.path === 'currentPassword')) return { currentPassword: 'wrongCurrent' };
  if (status !== 422) return null;
  const problems: Partial<Record<PasswordField, PasswordProblem>> = {};
  for (const f of fields) {
    if (f.path === 'currentPassword') problems.currentPassword = 'required';
    if (f.path === 'newPassword')
      problems.newPassword = /differ/i.test(f.message) ? 'sameAsOld' : /at most/i.test(f.message) ? 'tooLong' : /at least/i.test(f.message) ? 'tooShort' : 'required';
  }
  return problems;
}
