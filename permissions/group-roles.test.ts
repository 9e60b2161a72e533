import { describe, expect, it } from 'vitest';
import { groupsOfClaim, roleFromGroups, type GroupRoleMapping } from './group-roles';
import { mayResetSecondFactor } from './permissions';

const HELSINKI = 'municipality-091';
const VANTAA = 'municipality-092';
const MAPPINGS: GroupRoleMapping[] = [
  { authorityId: HELSINKI, group: 'kevyt-helsinki-handlers', role: 'handler' },
  { authorityId: HELSINKI, group: 'kevyt-helsinki-designers', role: 'designer' },
  { authorityId: HELSINKI, group: 'kevyt-helsinki-admins', role: 'admin' },
  { authorityId: VANTAA, group: 'kevyt-vantaa-admins', role: 'admin' },
  // Vantaa's admin maps a Helsinki group too: it must give nothing in Helsinki beyond Helsinki's own rule.
  { authorityId: VANTAA, group: 'kevyt-helsinki-handlers', role: 'admin' },
];

describe('the role a staff member’s groups give in an authority', () => {
  it('gives the role of the mapped group', () => {
    expect(roleFromGroups(HELSINKI, ['kevyt-helsinki-handlers'], MAPPINGS)).toBe('handler');
    expect(roleFromGroups(HELSINKI, ['Domain Users', 'kevyt-helsinki-designers'], MAPPINGS)).toBe('designer');
  });

  it('gives the widest role of several mapped groups: admin, then designer, then handler', () => {
    expect(roleFromGroups(HELSINKI, ['kevyt-helsinki-handlers', 'kevyt-helsinki-admins'], MAPPINGS)).toBe('admin');
    expect(roleFromGroups(HELSINKI, ['kevyt-helsinki-handlers', 'kevyt-helsinki-designers'], MAPPINGS)).toBe('designer');
  });

  it('refuses a person whose groups map to nothing, or who has no groups', () => {
    expect(roleFromGroups(HELSINKI, ['Domain Users'], MAPPINGS)).toBeNull();
    expect(roleFromGroups(HELSINKI, [], MAPPINGS)).toBeNull();
  });

  it('counts only the signing-in authority’s own mappings: another authority’s mapping never gives access', () => {
    expect(roleFromGroups(HELSINKI, ['kevyt-vantaa-admins'], MAPPINGS)).toBeNull();
    expect(roleFromGroups(VANTAA, ['kevyt-helsinki-handlers'], MAPPINGS)).toBe('admin');
    expect(roleFromGroups(HELSINKI, ['kevyt-helsinki-handlers'], MAPPINGS)).toBe('handler');
  });

  it('compares group values exactly (no case folding, no prefixes)', () => {
    expect(roleFromGroups(HELSINKI, ['KEVYT-HELSINKI-ADMINS', 'kevyt-helsinki-admins-old'], MAPPINGS)).toBeNull();
  });
});

describe('the group claim as the provider sends it', () => {
  it('reads a list of strings or a single string, and nothing else', () => {
    expect(groupsOfClaim(['a', ' b ', 3, ''])).toEqual(['a', 'b']);
    expect(groupsOfClaim('kevyt-helsinki-handlers')).toEqual(['kevyt-helsinki-handlers']);
    expect(groupsOfClaim(undefined)).toBeNull();
    expect(groupsOfClaim({ groups: ['a'] })).toBeNull();
  });
});

describe('who may remove a person’s lost authenticator', () => {
  const person = { id: 40, authorityId: HELSINKI };

  it('lets an authority admin reset their own authority’s staff and a coordinator anyone', () => {
    expect(mayResetSecondFactor({ id: 1, role: 'admin', authorityId: HELSINKI }, person)).toBe(true);
    expect(mayResetSecondFactor({ id: 2, role: 'coordinator', authorityId: null }, person)).toBe(true);
  });

  it('refuses another authority’s admin, handlers and designers, and one’s own account', () => {
    expect(mayResetSecondFactor({ id: 1, role: 'admin', authorityId: VANTAA }, person)).toBe(false);
    expect(mayResetSecondFactor({ id: 3, role: 'handler', authorityId: HELSINKI }, person)).toBe(false);
    expect(mayResetSecondFactor({ id: 4, role: 'designer', authorityId: HELSINKI }, person)).toBe(false);
    expect(mayResetSecondFactor({ id: 40, role: 'admin', authorityId: HELSINKI }, person)).toBe(false);
  });
});
