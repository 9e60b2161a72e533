import { describe, expect, it } from 'vitest';
import { hasGroupOverage } from './group-overage';

describe('Entra ID’s group overage marker', () => {
  it('is the group claim named among the distributed claims, or hasgroups', () => {
    const distributed = { _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'https://graph.windows.net/t/users/u/getMemberObjects' } } };
    expect(hasGroupOverage(distributed, 'groups')).toBe(true);
    expect(hasGroupOverage({ hasgroups: true }, 'groups')).toBe(true);
  });

  it('is not there for a token with its groups, for another claim’s overage, or for a marker of the wrong shape', () => {
    expect(hasGroupOverage({ groups: ['a', 'b'] }, 'groups')).toBe(false);
    expect(hasGroupOverage({ _claim_names: { roles: 'src1' } }, 'groups')).toBe(false);
    expect(hasGroupOverage({ _claim_names: ['groups'] }, 'groups')).toBe(false);
    expect(hasGroupOverage({ hasgroups: false }, 'groups')).toBe(false);
  });
});
