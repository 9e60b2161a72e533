/**
 * The authority admin's group → role mappings for their own authority's single sign-on, each
 * change audited in the same unit of work. Removing a mapping does not end anyone's session at
 * once: its members lose access at their next sign-in (staff-sign-in.ts), unless another group
 * still gives them a role.
 */
import type { GroupMappings } from '../../api-contract';
import type { ManagedRole } from '../../permissions/permissions';
import { auditRecord, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';

export async function mappingsOf(ctx: AppContext, authorityId: string): Promise<GroupMappings> {
  const rp = ctx.staffSso?.providers.get(authorityId);
  return {
    configured: Boolean(rp),
    issuer: rp?.issuer ?? null,
    groupClaim: rp?.groupClaim ?? null,
    mappings: (await ctx.repos.staffSso.mappings(authorityId)).map(({ group, role }) => ({ group, role })),
  };
}

export async function setMapping(ctx: AppContext, authorityId: string, input: { group: string; role: ManagedRole }, actor: AuditActor): Promise<GroupMappings> {
  await ctx.repos.staffSso.setMapping(
    { authorityId, group: input.group, role: input.role },
    auditRecord(ctx, { actor, action: 'staff.sso.mapping.set', targetType: 'authority', targetId: authorityId, details: { group: input.group, role: input.role } }),
  );
  return mappingsOf(ctx, authorityId);
}

export async function removeMapping(ctx: AppContext, authorityId: string, group: string, actor: AuditActor): Promise<GroupMappings> {
  const removed = await ctx.repos.staffSso.removeMapping(
    authorityId,
    group,
    auditRecord(ctx, { actor, action: 'staff.sso.mapping.remove', targetType: 'authority', targetId: authorityId, details: { group } }),
  );
  if (!removed) throw new HttpError(404, 'not_found', 'No mapping of this group', [{ path: 'group', message: 'Not mapped' }]);
  return mappingsOf(ctx, authorityId);
}
