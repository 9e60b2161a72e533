/**
 * Who may do what: the one statement of Kevyt's access rules. The server asks it on every route
 * (through the API contract's `access`, and on each row it loads); the apps ask it only to decide
 * what to show, never to protect anything.
 *
 * - Handlers and authority admins work their own authority's cases; nobody else's.
 * - Form designers edit their own authority's packs; project coordinators edit every pack, own the
 *   library packs and alone publish and retire versions.
 * - Authority admins deploy services for their own authority, manage its staff and read its alerts
 *   (coordinators read every authority's alerts).
 * - A customer sees exactly the submissions whose contact email is their verified address; a person
 *   identified strongly, their own or those of the company they act for (acting-for.ts).
 * - A customer's project is seen and changed by its owner only (an e-mail customer, a person, or every
 *   representative of the company acting for it: acting-for.ts); a handler reaches it only through a
 *   case of their own authority sent from it, and sees its other permits only with the owner's consent.
 */

export const STAFF_ROLES = ['handler', 'admin', 'designer', 'coordinator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The roles an authority admin hands out to their own staff. */
export const MANAGED_ROLES = ['handler', 'designer', 'admin'] as const;
export type ManagedRole = (typeof MANAGED_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/**
 * Staff who sign in with a password must also pass a second factor (TOTP or a recovery code) in
 * these roles: they deploy services, manage staff or publish packs. Others may turn it on.
 */
export const SECOND_FACTOR_ROLES = ['admin', 'coordinator'] as const satisfies readonly StaffRole[];

export function secondFactorRequired(role: StaffRole): boolean {
  return (SECOND_FACTOR_ROLES as readonly StaffRole[]).includes(role);
}

/** What the rules need to know of a staff member. */
export interface StaffActor {
  id: number;
  role: StaffRole;
  /** null for coordinators, who are global. */
  authorityId: string | null;
}

/** What a route needs a role for, before it has loaded any row. */
export const ROLE_GRANTS = {
  /** The handler desk: inbox, cases, their actions, exports, desk alerts, colleagues. */
  'desk.use': ['handler', 'admin'],
  'packs.read': ['designer', 'coordinator', 'admin'],
  'packs.create': ['designer', 'coordinator'],
  'packs.publish': ['coordinator'],
  'packs.retire': ['coordinator'],
  'deployments.manage': ['admin'],
  'staff.manage': ['admin'],
  /** Removing a person's lost authenticator: an authority admin for their own staff, a coordinator for anyone. */
  'staff.secondFactor.reset': ['admin', 'coordinator'],
  /** The authority's API keys for its case-management system. */
  'integration.manage': ['admin'],
  /** The authority's webhook endpoints and their delivery console. */
  'webhooks.manage': ['admin'],
  'outbox.read': ['admin', 'coordinator'],
  /** Everything in the builder (design, packs, deployments, staff, alerts). */
  'builder.use': ['admin', 'designer', 'coordinator'],
  'packs.design': ['designer', 'coordinator'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type RoleGrant = keyof typeof ROLE_GRANTS;

/**
 * What an authority's API key may do (server/integration/api-keys.ts), each for its own
 * authority's cases only: read cases, download their attachments, write status and messages,
 * manage webhooks.
 */
export const API_KEY_SCOPES = ['cases:read', 'attachments:read', 'cases:write', 'webhooks:manage'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function mayAct(role: StaffRole, grant: RoleGrant): boolean {
  return (ROLE_GRANTS[grant] as readonly StaffRole[]).includes(role);
}

/**
 * The authority whose rows a staff member works with under `grant`, or null when they may not:
 * every authority-scoped grant needs an authority of one's own (coordinators have none).
 */
export function ownAuthority(staff: StaffActor, grant: RoleGrant): string | null {
  return mayAct(staff.role, grant) ? staff.authorityId : null;
}

/** A case (a submission seen from the desk): only its own authority's handlers and admins. */
export function maySeeCase(staff: StaffActor, submission: { authorityId: string }): boolean {
  return mayAct(staff.role, 'desk.use') && staff.authorityId !== null && staff.authorityId === submission.authorityId;
}

/** An API key reaches only its own authority's cases; any other is as absent as one that never was. */
export function keyMayReachCase(key: { authorityId: string }, submission: { authorityId: string }): boolean {
  return key.authorityId === submission.authorityId;
}

/** Whom a case may be assigned to: an active handler or admin of the case's authority. */
export function mayBeAssigned(person: { role: string; authorityId: string | null; active: boolean }, submission: { authorityId: string }): boolean {
  return person.active && isStaffRole(person.role) && mayAct(person.role, 'desk.use') && person.authorityId === submission.authorityId;
}

/** A customer's own submission: its contact email is the customer's verified (lower-case) address. */
export function isOwnSubmission(customer: { email: string }, submission: { contactEmail: string }): boolean {
  return submission.contactEmail === customer.email;
}

/**
 * What a handler sees of the project a case was sent from: nothing unless they may see the case;
 * then its data as sent in the case, and only with the owner's consent the project's current data
 * and its other permits (service, authority, status, reference; never their answers, files or notes).
 */
export type CaseProjectScope = 'none' | 'sent_data' | 'with_permits';

export function caseProjectScope(staff: StaffActor, submission: { authorityId: string }, project: { consent: boolean }): CaseProjectScope {
  if (!maySeeCase(staff, submission)) return 'none';
  return project.consent ? 'with_permits' : 'sent_data';
}

/** How surely a customer is identified, weakest first (as a service's pack asks for it). */
export type CustomerIdentification = 'none' | 'email' | 'strong';
const IDENTIFICATION_RANK: Record<CustomerIdentification, number> = { none: 0, email: 1, strong: 2 };

/**
 * A customer may send a service when identified at least as surely as it asks: a strongly
 * identified person may also send a service that asks for an e-mail code, anyone one that asks for none.
 */
export function maySendIdentifiedAs(required: CustomerIdentification, have: CustomerIdentification): boolean {
  return IDENTIFICATION_RANK[have] >= IDENTIFICATION_RANK[required];
}

export interface PackOwnership {
  ownerAuthorityId: string | null;
}

/** Designers edit their own authority's packs; coordinators every pack. */
export function mayEditPack(staff: StaffActor, pack: PackOwnership): boolean {
  if (staff.role === 'coordinator') return true;
  return staff.role === 'designer' && staff.authorityId !== null && pack.ownerAuthorityId === staff.authorityId;
}

/** Editors see a pack; an authority admin sees published packs (to deploy them) and their own authority's. */
export function maySeePack(staff: StaffActor, pack: PackOwnership, hasPublishedVersion: boolean): boolean {
  if (mayEditPack(staff, pack)) return true;
  if (staff.role === 'admin') return hasPublishedVersion || (staff.authorityId !== null && pack.ownerAuthorityId === staff.authorityId);
  return false;
}

/**
 * A pack's draft (unpublished work), and what a list says of it: the owning authority's editors
 * and admin and the coordinators; another authority's admin sees only what was published.
 */
export function maySeeDraft(staff: StaffActor, pack: PackOwnership): boolean {
  if (mayEditPack(staff, pack)) return true;
  return staff.role === 'admin' && staff.authorityId !== null && pack.ownerAuthorityId === staff.authorityId;
}

/** Publishing and retiring versions: project coordinators only. */
export function mayPublishPack(staff: StaffActor): boolean {
  return mayAct(staff.role, 'packs.publish');
}

/** A new pack belongs to the designer's authority; a coordinator's is a library pack (owner null). */
export function ownerOfNewPack(staff: StaffActor): string | null {
  return staff.role === 'coordinator' ? null : staff.authorityId;
}

/** Deployments and staff: an authority admin, for their own authority's rows only. */
export function mayManageDeployment(staff: StaffActor, deployment: { authorityId: string }): boolean {
  return ownAuthority(staff, 'deployments.manage') === deployment.authorityId;
}

export function mayManageStaffMember(staff: StaffActor, member: { authorityId: string | null }): boolean {
  const own = ownAuthority(staff, 'staff.manage');
  return own !== null && own === member.authorityId;
}

/**
 * Removing a person's authenticator and recovery codes (they lost their phone): an authority admin
 * for their own authority's staff, a project coordinator for anyone; nobody for themself (they
 * turn it off with a code of their own).
 */
export function mayResetSecondFactor(staff: StaffActor, member: { id: number; authorityId: string | null }): boolean {
  if (staff.id === member.id || !mayAct(staff.role, 'staff.secondFactor.reset')) return false;
  if (staff.role === 'coordinator') return true;
  return staff.authorityId !== null && staff.authorityId === member.authorityId;
}

/**
 * Whose alerts a staff member reads in the outbox: `{ all: true }` for coordinators, one
 * authority's for its admins, none for anyone else.
 */
export type OutboxScope = { all: true } | { all: false; authorityId: string } | null;

export function outboxScope(staff: StaffActor): OutboxScope {
  if (staff.role === 'coordinator') return { all: true };
  if (staff.role === 'admin' && staff.authorityId !== null) return { all: false, authorityId: staff.authorityId };
  return null;
}
