import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../../permissions/permissions';
import { mayTurnOffSecondFactor, secondFactorStep } from './second-factor-step';

describe('what a staff session still owes after the password', () => {
  it('is nothing once the session passed the second factor, whatever the role', () => {
    for (const role of STAFF_ROLES) expect(secondFactorStep({ role, enrolled: true, passed: true })).toBe('none');
  });

  it('is a code for anyone with an authenticator, handlers and designers included', () => {
    for (const role of STAFF_ROLES) expect(secondFactorStep({ role, enrolled: true, passed: false })).toBe('code');
  });

  it('is setting one up for admins and coordinators without one; nothing for the others', () => {
    expect(secondFactorStep({ role: 'admin', enrolled: false, passed: false })).toBe('enrol');
    expect(secondFactorStep({ role: 'coordinator', enrolled: false, passed: false })).toBe('enrol');
    expect(secondFactorStep({ role: 'handler', enrolled: false, passed: false })).toBe('none');
    expect(secondFactorStep({ role: 'designer', enrolled: false, passed: false })).toBe('none');
  });

  it('lets only those whose role does not require it turn it off', () => {
    expect(STAFF_ROLES.filter(mayTurnOffSecondFactor)).toEqual(['handler', 'designer']);
  });
});
