/**
 * An administrator removes a person's lost authenticator (a lost or replaced phone, and no
 * recovery code left): the authenticator, its recovery codes and the person's sessions go, in one
 * unit of work with the audit row. At their next sign-in the person sets up a new one if their role
 * requires it (second-factor-step.ts). Who may: permissions/permissions.ts mayResetSecondFactor;
 * anyone else's person is as absent as one that never was (404).
 */
import { mayResetSecondFactor } from '../../../permissions/permissions';
import { auditRecord, type AuditActor } from '../../audit/log';
import type { AppContext } from '../../context';
import { conflict, notFound } from '../../http/errors';
import type { StaffWithAuthenticator } from '../../../api-contract';
import type { StaffPrincipal } from '../principals';

export async function resetSecondFactor(ctx: AppContext, staff: StaffPrincipal, userId: number, actor: AuditActor): Promise<void> {
  const member = await ctx.repos.staff.byId(userId);
  if (member && member.id === staff.id) throw conflict('You cannot reset your own authenticator here; turn it off with a code from it', [{ path: 'id', message: 'This is your own account' }]);
  if (!member || !mayResetSecondFactor(staff, member)) throw notFound('No such staff member');
  const removed = await ctx.repos.secondFactor.resetAll(
    member.id,
    auditRecord(ctx, { actor, action: 'staff.second_factor.reset', targetType: 'user', targetId: member.id, details: { authorityId: member.authorityId } }),
  );
  if (!removed) throw conflict('This person has no authenticator to reset', [{ path: 'id', message: 'No authenticator' }]);
}

/** Whose authenticator `staff` may reset: their own authority's people (an admin) or everyone's (a coordinator), not their own. */
export async function resettableAuthenticators(ctx: AppContext, staff: StaffPrincipal): Promise<StaffWithAuthenticator[]> {
  const scope = staff.role === 'coordinator' ? null : staff.authorityId;
  if (scope === null && staff.role !== 'coordinator') return [];
  return (await ctx.repos.secondFactor
    .enrolledPeople(scope))
    .filter((p) => mayResetSecondFactor(staff, p))
    .map((p) => ({
      id: p.id, email: p.email, name: p.name, role: p.role,
      authority: p.authorityId ? { id: p.authorityId, name: { fi: p.authorityNameFi ?? '', sv: p.authorityNameSv ?? '', en: p.authorityNameEn ?? '' } } : null,
    }));
}
