/** Who is making a request: a signed-in staff member and/or a signed-in customer. */
export const STAFF_ROLES = ['handler', 'admin', 'designer', 'coordinator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffPrincipal {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  /** null for coordinators, who are global. */
  authorityId: string | null;
  sessionId: string;
}

export interface CustomerPrincipal {
  /** Lower-cased; a customer's identity is their verified email address. */
  email: string;
  sessionId: string;
}

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}
