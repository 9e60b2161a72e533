/** Route guards: 401 when nobody is signed in, 403 when the signed-in staff member has another role. */
import type { Request, RequestHandler } from 'express';
import { forbidden, unauthenticated } from '../http/errors';
import type { CustomerPrincipal, StaffPrincipal, StaffRole } from './principals';

export function requireStaff(...roles: StaffRole[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.staff) return next(unauthenticated('Staff sign-in required'));
    if (roles.length > 0 && !roles.includes(req.staff.role)) return next(forbidden(`Requires role: ${roles.join(' or ')}`));
    next();
  };
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

export function customerOf(req: Request): CustomerPrincipal {
  if (!req.customer) throw unauthenticated('Customer sign-in required');
  return req.customer;
}
