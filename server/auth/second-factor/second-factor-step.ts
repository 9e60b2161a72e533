/**
 * What a staff session still needs after the password: nothing, a code from the person's
 * authenticator (or a recovery code), or setting up an authenticator first (a role that requires
 * one, without one yet). Until it is 'none' every staff route but sign-in's own refuses the session.
 */
import { secondFactorRequired, type StaffRole } from '../../../permissions/permissions';

export type SecondFactorStep = 'none' | 'code' | 'enrol';

export interface SecondFactorFacts {
  role: StaffRole;
  /** The person has a confirmed authenticator. */
  enrolled: boolean;
  /** This session passed the second factor. */
  passed: boolean;
}

export function secondFactorStep({ role, enrolled, passed }: SecondFactorFacts): SecondFactorStep {
  if (passed) return 'none';
  if (enrolled) return 'code';
  return secondFactorRequired(role) ? 'enrol' : 'none';
}

/** Whether the person may turn their authenticator off: never in a role that requires it. */
export function mayTurnOffSecondFactor(role: StaffRole): boolean {
  return !secondFactorRequired(role);
}
