/**
 * The demo's single sign-on mappings for Helsinki, matching the groups of the local stand-in for
 * the city's provider (identity/staff-provider/staff-persons.ts): the city's kevyt-helsinki-*
 * groups give the handler, designer and admin roles; its other groups give nothing.
 */
import { auditRecord } from '../audit/log';
import type { AppContext } from '../context';
import type { GroupRoleMapping } from '../../permissions/group-roles';

export const DEMO_SSO_MAPPINGS: readonly GroupRoleMapping[] = [
  { authorityId: 'municipality-091', group: 'kevyt-helsinki-handlers', role: 'handler' },
  { authorityId: 'municipality-091', group: 'kevyt-helsinki-designers', role: 'designer' },
  { authorityId: 'municipality-091', group: 'kevyt-helsinki-admins', role: 'admin' },
];

/** Writes the mappings the authority has none of yet (a mapping an admin changed stays as they left it). */
export async function seedDemoStaffSso(ctx: AppContext): Promise<void> {
  const kept = new Set((await ctx.repos.staffSso.mappings('municipality-091')).map((m) => m.group));
  for (const mapping of DEMO_SSO_MAPPINGS) {
    if (kept.has(mapping.group)) continue;
    await ctx.repos.staffSso.setMapping(mapping, auditRecord(ctx, {
      actor: { kind: 'system' }, action: 'staff.sso.mapping.set', targetType: 'authority', targetId: mapping.authorityId, details: { group: mapping.group, role: mapping.role, demo: true },
    }));
  }
}
