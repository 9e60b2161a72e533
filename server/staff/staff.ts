/**
 * Staff management for authority admins: their own authority's handlers, designers and admins.
 * New and reset accounts get a one-time temporary password that the admin is shown once and hands
 * over; only its scrypt hash is stored, and the person must replace it at their first sign-in
 * (users.must_change_password). Deactivating ends the person's sessions at once; reactivating lets
 * them sign in again with the password they had. Every change is written to the audit log in the
 * same transaction.
 */
import { normalizeEmail } from '../../form-library/contact';
import { auditRecord, type AuditActor } from '../audit/log';
import { hashPassword } from '../auth/password';
import type { NewStaffMember, StaffMember } from '../../api-contract';
import type { AppContext } from '../context';
import { conflict, notFound } from '../http/errors';
import type { UserRow } from './staff-repository';
import { temporaryPassword } from './temporary-password';

/** How the person signs in: whether they have an authenticator, whether through single sign-on. */
interface SignInFacts {
  twoFactorEnabled: boolean;
  singleSignOn: boolean;
}

async function factsOf(ctx: AppContext, u: UserRow, linked?: Set<number>): Promise<SignInFacts> {
  return {
    twoFactorEnabled: Boolean((await ctx.repos.secondFactor.totp(u.id))?.confirmedAt),
    singleSignOn: (linked ?? await ctx.repos.staffSso.linked([u.id])).has(u.id),
  };
}

function item(u: UserRow, facts: SignInFacts): StaffMember {
  return { id: u.id, email: u.email, name: u.name, role: u.role, active: u.active, mustChangePassword: u.mustChangePassword, ...facts, createdAt: u.createdAt };
}

export async function listStaff(ctx: AppContext, authorityId: string): Promise<StaffMember[]> {
  const people = await ctx.repos.staff.ofAuthority(authorityId);
  const linked = await ctx.repos.staffSso.linked(people.map((u) => u.id));
  return Promise.all(people.map(async (u) => item(u, await factsOf(ctx, u, linked))));
}

/** A staff member of this authority, or 404 (another authority's people are not even named). */
export async function ownStaffMember(ctx: AppContext, authorityId: string, userId: number): Promise<UserRow> {
  const row = await ctx.repos.staff.ofAuthorityById(authorityId, userId);
  if (!row) throw notFound('No such staff member');
  return row;
}

export async function addStaff(ctx: AppContext, authorityId: string, input: NewStaffMember, actor: AuditActor): Promise<{ member: StaffMember; temporaryPassword: string }> {
  const email = normalizeEmail(input.email);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const member = await ctx.repos.staff.create(
    { email, name: input.name.trim(), role: input.role, authorityId, passwordHash, mustChangePassword: true },
    { at: ctx.now().toISOString(), actor, action: 'staff.create', targetType: 'user', details: { email, role: input.role, authorityId } },
  );
  // Emails are unique across all authorities: say so without telling whose account it is.
  if (!member) throw conflict('An account with this email exists already', [{ path: 'email', message: 'Already in use' }]);
  return { member: item(member, { twoFactorEnabled: false, singleSignOn: false }), temporaryPassword: password };
}

/** Replaces the password with a new temporary one (to be changed at the next sign-in) and ends the person's sessions. */
export async function resetPassword(ctx: AppContext, member: UserRow, actor: AuditActor): Promise<string> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.repos.staff.setPassword(
    member.id,
    { passwordHash, mustChangePassword: true, keepSessionId: null },
    auditRecord(ctx, { actor, action: 'staff.password.reset', targetType: 'user', targetId: member.id }),
  );
  return password;
}

/** Deactivates an account (it can no longer sign in) and ends its sessions; an admin cannot lock themself out. */
export async function deactivateStaff(ctx: AppContext, member: UserRow, actorUserId: number, actor: AuditActor): Promise<StaffMember> {
  if (member.id === actorUserId) throw conflict('You cannot deactivate your own account', [{ path: 'id', message: 'This is your own account' }]);
  await ctx.repos.staff.setActive(member.id, false, member.active ? auditRecord(ctx, { actor, action: 'staff.deactivate', targetType: 'user', targetId: member.id }) : null);
  return item({ ...member, active: false }, await factsOf(ctx, member));
}

/** Lets a deactivated account sign in again (with the password it had); audited only when it changes anything. */
export async function reactivateStaff(ctx: AppContext, member: UserRow, actor: AuditActor): Promise<StaffMember> {
  if (member.active) return item(member, await factsOf(ctx, member));
  await ctx.repos.staff.setActive(member.id, true, auditRecord(ctx, { actor, action: 'staff.reactivate', targetType: 'user', targetId: member.id }));
  return item({ ...member, active: true }, await factsOf(ctx, member));
}
