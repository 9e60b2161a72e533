/**
 * Staff management for authority admins: their own authority's handlers, designers and admins.
 * New and reset accounts get a one-time temporary password that the admin is shown once and hands
 * over; only its scrypt hash is stored, and the person must replace it at their first sign-in
 * (users.must_change_password). Deactivating ends the person's sessions at once; reactivating lets
 * them sign in again with the password they had. Every change is written to the audit log in the
 * same transaction.
 */
import { and, asc, eq } from 'drizzle-orm';
import { writeAudit, type AuditActor } from '../audit/log';
import { hashPassword } from '../auth/password';
import type { NewStaffMember, StaffMember } from '../../api-contract';
import type { AppContext } from '../context';
import { sessions, users } from '../db/schema';
import { conflict, notFound } from '../http/errors';
import { temporaryPassword } from './temporary-password';

type UserRow = typeof users.$inferSelect;

function item(u: UserRow): StaffMember {
  return { id: u.id, email: u.email, name: u.name, role: u.role, active: u.active, mustChangePassword: u.mustChangePassword, createdAt: u.createdAt };
}

export function listStaff(ctx: AppContext, authorityId: string): StaffMember[] {
  return ctx.db.select().from(users).where(eq(users.authorityId, authorityId)).orderBy(asc(users.name), asc(users.id)).all().map(item);
}

/** A staff member of this authority, or 404 (another authority's people are not even named). */
export function ownStaffMember(ctx: AppContext, authorityId: string, userId: number): UserRow {
  const row = ctx.db.select().from(users).where(and(eq(users.id, userId), eq(users.authorityId, authorityId))).get();
  if (!row) throw notFound('No such staff member');
  return row;
}

export async function addStaff(ctx: AppContext, authorityId: string, input: NewStaffMember, actor: AuditActor): Promise<{ member: StaffMember; temporaryPassword: string }> {
  const email = input.email.trim().toLowerCase();
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const member = ctx.db.transaction((tx) => {
    // Emails are unique across all authorities: say so without telling whose account it is.
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get())
      throw conflict('An account with this email exists already', [{ path: 'email', message: 'Already in use' }]);
    const row = tx.insert(users).values({ email, name: input.name.trim(), role: input.role, authorityId, passwordHash, mustChangePassword: true }).returning().get();
    writeAudit(ctx, { actor, action: 'staff.create', targetType: 'user', targetId: row.id, details: { email, role: input.role, authorityId } });
    return row;
  });
  return { member: item(member), temporaryPassword: password };
}

/** Replaces the password with a new temporary one (to be changed at the next sign-in) and ends the person's sessions. */
export async function resetPassword(ctx: AppContext, member: UserRow, actor: AuditActor): Promise<string> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  ctx.db.transaction((tx) => {
    tx.update(users).set({ passwordHash, mustChangePassword: true }).where(eq(users.id, member.id)).run();
    tx.delete(sessions).where(eq(sessions.userId, member.id)).run();
    writeAudit(ctx, { actor, action: 'staff.password.reset', targetType: 'user', targetId: member.id });
  });
  return password;
}

/** Deactivates an account (it can no longer sign in) and ends its sessions; an admin cannot lock themself out. */
export function deactivateStaff(ctx: AppContext, member: UserRow, actorUserId: number, actor: AuditActor): StaffMember {
  if (member.id === actorUserId) throw conflict('You cannot deactivate your own account', [{ path: 'id', message: 'This is your own account' }]);
  ctx.db.transaction((tx) => {
    tx.update(users).set({ active: false }).where(eq(users.id, member.id)).run();
    tx.delete(sessions).where(eq(sessions.userId, member.id)).run();
    if (member.active) writeAudit(ctx, { actor, action: 'staff.deactivate', targetType: 'user', targetId: member.id });
  });
  return item({ ...member, active: false });
}

/** Lets a deactivated account sign in again (with the password it had); audited only when it changes anything. */
export function reactivateStaff(ctx: AppContext, member: UserRow, actor: AuditActor): StaffMember {
  if (member.active) return item(member);
  ctx.db.transaction((tx) => {
    tx.update(users).set({ active: true }).where(eq(users.id, member.id)).run();
    writeAudit(ctx, { actor, action: 'staff.reactivate', targetType: 'user', targetId: member.id });
  });
  return item({ ...member, active: true });
}
