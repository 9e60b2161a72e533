/** Route guards: 401 when nobody is signed in, 403 when the signed-in staff member has another role. */
import type { Request, RequestHandler } from 'express';
import { forbidden, passwordChangeRequired, unauthenticated } from '../http/errors';
import type { StaffRole } from '../../permissions/permissions';
import type { CustomerPrincipal, StaffPrincipal } from './principals';

export function requireStaff(...roles: StaffRole[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.staff) return next(req.staffMustChangePassword ? passwordChangeRequired() : unauthenticated('Staff sign-in required'));
    if (roles.length > 0 && !roles.includes(req.staff.role)) return next(forbidden(`Requires role: ${roles.join(' or ')}`));
    next();
  };
}

/** Any signed-in staff member, also one who still has to replace a temporary password (me, password change). */
export function requireStaffSession(): RequestHandler {
  return (req, _res, next) => {
    if (!req.staff && !req.staffMustChangePassword) return next(unauthenticated('Staff sign-in required'));
    next();
  };
}

/** The staff member of a request that passed requireStaffSession, and whether their password is temporary. */
export function sessionStaffOf(req: Request): { staff: StaffPrincipal; mustChangePassword: boolean } {
  if (req.staff) return { staff: req.staff, mustChangePassword: false };
  if (req.staffMustChangePassword) return { staff: req.staffMustChangePassword, mustChangePassword: true };
  throw unauthenticated('Staff sign-in required');
}

export function requireCustomer(): RequestHandler {
  return (req, _res, next) => {
    if (!req.customer) return next(unauthenticated('Customer sign-in required'));
    next();
  };
}

/** The staff member of a request that passed requireStaff (throws otherwise, as a programming error). */
export function staffOf(req: Request): StaffPrincipal {
  if (!req.staff) throw unauthenticated('Staff sign-in required');
  return req.staff;
}

/**
 * The authority a staff member acts for. Admin routes need one: coordinators are global
 * (authorityId null) and so are refused here with 403 rather than shown everyone's rows.
 */
export function ownAuthorityOf(req: Request): string {
  const authorityId = staffOf(req).authorityId;
  if (!authorityId) throw forbidden('You belong to no authority');
  return authorityId;
}

export function customerOf(req: Request): CustomerPrincipal {
  if (!req.customer) throw unauthenticated('Customer sign-in required');
  return req.customer;
}
