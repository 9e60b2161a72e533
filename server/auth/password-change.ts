/**
 * A staff member changes their own password (POST /api/auth/password). Rules for the new one:
 * long enough and not the current one; a temporary password from an admin must be replaced this
 * way before anything else works. The change ends the person's other sessions, so a password that
 * was handed over (or stolen) stops working everywhere but here.
 */
import { auditRecord } from '../audit/log';
import type { AppContext } from '../context';
import { HttpError, unauthenticated, unprocessable, type FieldProblem } from '../http/errors';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../api-contract/limits';
import { hashPassword, verifyPassword } from './password';
import type { StaffPrincipal } from './principals';


/** What is wrong with a chosen password (counted in characters, not UTF-16 units); [] when it may be used. */
export function newPasswordProblems(newPassword: string, sameAsCurrent: boolean): FieldProblem[] {
  const length = [...newPassword].length;
  if (length < MIN_PASSWORD_LENGTH)
    return [{ path: 'newPassword', message: `Must be at least ${MIN_PASSWORD_LENGTH} characters` }];
  if (length > MAX_PASSWORD_LENGTH)
    return [{ path: 'newPassword', message: `Must be at most ${MAX_PASSWORD_LENGTH} characters` }];
  if (sameAsCurrent) return [{ path: 'newPassword', message: 'Must differ from the current password' }];
  return [];
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * Checks the current password (401 naming `currentPassword` when wrong), then the rules (422),
 * then stores the new hash, clears the must-change mark and ends every other session of the person.
 */
export async function changeOwnPassword(ctx: AppContext, staff: StaffPrincipal, change: PasswordChange): Promise<void> {
  const user = await ctx.repos.staff.byId(staff.id);
  if (!user || !user.active) throw unauthenticated('Staff sign-in required');
  if (!(await verifyPassword(change.currentPassword, user.passwordHash)))
    throw new HttpError(401, 'unauthenticated', 'The current password is wrong', [{ path: 'currentPassword', message: 'Wrong password' }]);
  const problems = newPasswordProblems(change.newPassword, await verifyPassword(change.newPassword, user.passwordHash));
  if (problems.length > 0) throw unprocessable('The new password cannot be used', problems);
  const passwordHash = await hashPassword(change.newPassword);
  await ctx.repos.staff.setPassword(
    user.id,
    { passwordHash, mustChangePassword: false, keepSessionId: staff.sessionId },
    auditRecord(ctx, {
      actor: { kind: 'staff', userId: user.id, email: user.email },
      action: 'staff.password.change',
      targetType: 'user',
      targetId: user.id,
      details: { wasTemporary: user.mustChangePassword },
    }),
  );
}
