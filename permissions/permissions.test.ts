import { describe, expect, it } from 'vitest';
import {
  caseProjectScope,
  isOwnSubmission,
  mayAct,
  mayBeAssigned,
  maySendIdentifiedAs,
  mayEditPack,
  mayManageDeployment,
  mayManageStaffMember,
  mayPublishPack,
  maySeeCase,
  maySeePack,
  outboxScope,
  ownerOfNewPack,
  ROLE_GRANTS,
  secondFactorRequired,
  STAFF_ROLES,
  type StaffActor,
  type StaffRole,
} from './permissions';

const HELSINKI = 'municipality-091';
const ESPOO = 'municipality-049';
const staff = (role: StaffRole, authorityId: string | null): StaffActor => ({ id: 7, role, authorityId });
const coordinator = staff('coordinator', null);

describe('who may see and edit a pack', () => {
  const helsinkiPack = { ownerAuthorityId: HELSINKI };
  const libraryPack = { ownerAuthorityId: null };

  it('lets designers edit only their own authority’s packs and coordinators every pack', () => {
    expect(mayEditPack(staff('designer', HELSINKI), helsinkiPack)).toBe(true);
    expect(mayEditPack(staff('designer', ESPOO), helsinkiPack)).toBe(false);
    expect(mayEditPack(staff('designer', HELSINKI), libraryPack)).toBe(false);
    expect(mayEditPack(coordinator, helsinkiPack)).toBe(true);
    expect(mayEditPack(staff('admin', HELSINKI), helsinkiPack)).toBe(false);
  });

  it('lets admins read published packs to deploy them, and handlers nothing', () => {
    expect(maySeePack(staff('admin', ESPOO), libraryPack, true)).toBe(true);
    expect(maySeePack(staff('admin', ESPOO), helsinkiPack, false)).toBe(false);
    expect(maySeePack(staff('admin', HELSINKI), helsinkiPack, false)).toBe(true);
    expect(maySeePack(staff('handler', HELSINKI), helsinkiPack, true)).toBe(false);
    expect(maySeePack(staff('designer', ESPOO), helsinkiPack, true)).toBe(false);
  });

  it('lets only project coordinators publish and retire, and makes their new packs library packs', () => {
    expect(STAFF_ROLES.filter((role) => mayPublishPack(staff(role, role === 'coordinator' ? null : HELSINKI)))).toEqual(['coordinator']);
    expect(ROLE_GRANTS['packs.retire']).toEqual(['coordinator']);
    expect(ownerOfNewPack(coordinator)).toBeNull();
    expect(ownerOfNewPack(staff('designer', HELSINKI))).toBe(HELSINKI);
  });
});

describe('the handler desk', () => {
  const helsinkiCase = { authorityId: HELSINKI };

  it('shows a case to its own authority’s handlers and admins only', () => {
    expect(maySeeCase(staff('handler', HELSINKI), helsinkiCase)).toBe(true);
    expect(maySeeCase(staff('admin', HELSINKI), helsinkiCase)).toBe(true);
    expect(maySeeCase(staff('handler', ESPOO), helsinkiCase)).toBe(false);
    expect(maySeeCase(staff('designer', HELSINKI), helsinkiCase)).toBe(false);
    expect(maySeeCase(coordinator, helsinkiCase)).toBe(false);
  });

  it('assigns a case only to an active handler or admin of its authority', () => {
    expect(mayBeAssigned({ role: 'handler', authorityId: HELSINKI, active: true }, helsinkiCase)).toBe(true);
    expect(mayBeAssigned({ role: 'admin', authorityId: HELSINKI, active: true }, helsinkiCase)).toBe(true);
    expect(mayBeAssigned({ role: 'handler', authorityId: HELSINKI, active: false }, helsinkiCase)).toBe(false);
    expect(mayBeAssigned({ role: 'designer', authorityId: HELSINKI, active: true }, helsinkiCase)).toBe(false);
    expect(mayBeAssigned({ role: 'handler', authorityId: ESPOO, active: true }, helsinkiCase)).toBe(false);
    expect(mayBeAssigned({ role: 'auditor', authorityId: HELSINKI, active: true }, helsinkiCase)).toBe(false);
  });

  it('lets only handlers and admins use the desk', () => {
    expect(STAFF_ROLES.filter((r) => mayAct(r, 'desk.use'))).toEqual(['handler', 'admin']);
  });
});

describe('a customer', () => {
  it('sees exactly the submissions sent with their verified email', () => {
    expect(isOwnSubmission({ email: 'aino.virtanen@example.fi' }, { contactEmail: 'aino.virtanen@example.fi' })).toBe(true);
    expect(isOwnSubmission({ email: 'aino.virtanen@example.fi' }, { contactEmail: 'erik.lindqvist@example.fi' })).toBe(false);
  });
});

describe('the authority admin', () => {
  it('manages their own authority’s deployments and staff, and nobody else does', () => {
    expect(mayManageDeployment(staff('admin', HELSINKI), { authorityId: HELSINKI })).toBe(true);
    expect(mayManageDeployment(staff('admin', ESPOO), { authorityId: HELSINKI })).toBe(false);
    expect(mayManageDeployment(staff('designer', HELSINKI), { authorityId: HELSINKI })).toBe(false);
    expect(mayManageDeployment(coordinator, { authorityId: HELSINKI })).toBe(false);
    expect(mayManageStaffMember(staff('admin', HELSINKI), { authorityId: HELSINKI })).toBe(true);
    expect(mayManageStaffMember(staff('admin', HELSINKI), { authorityId: ESPOO })).toBe(false);
    expect(mayManageStaffMember(staff('admin', HELSINKI), { authorityId: null })).toBe(false);
    expect(mayManageStaffMember(staff('handler', HELSINKI), { authorityId: HELSINKI })).toBe(false);
  });

  it('reads their own authority’s alerts; a coordinator reads every authority’s; nobody else any', () => {
    expect(outboxScope(staff('admin', HELSINKI))).toEqual({ all: false, authorityId: HELSINKI });
    expect(outboxScope(coordinator)).toEqual({ all: true });
    expect(outboxScope(staff('handler', HELSINKI))).toBeNull();
    expect(outboxScope(staff('designer', HELSINKI))).toBeNull();
  });
});

describe('who sees a customer’s project', () => {
  it('lets a handler reach it only through a case of their own authority, the other permits only with consent', () => {
    const helsinkiCase = { authorityId: HELSINKI };
    expect(caseProjectScope(staff('handler', HELSINKI), helsinkiCase, { consent: true })).toBe('with_permits');
    expect(caseProjectScope(staff('handler', HELSINKI), helsinkiCase, { consent: false })).toBe('sent_data');
    expect(caseProjectScope(staff('handler', ESPOO), helsinkiCase, { consent: true })).toBe('none');
    expect(caseProjectScope(staff('designer', HELSINKI), helsinkiCase, { consent: true })).toBe('none');
  });
});

describe('maySendIdentifiedAs', () => {
  it('lets each level send what asks for it or less, and nothing more', () => {
    expect(maySendIdentifiedAs('none', 'none')).toBe(true);
    expect(maySendIdentifiedAs('email', 'none')).toBe(false);
    expect(maySendIdentifiedAs('email', 'email')).toBe(true);
    expect(maySendIdentifiedAs('email', 'strong')).toBe(true);
    expect(maySendIdentifiedAs('strong', 'email')).toBe(false);
    expect(maySendIdentifiedAs('strong', 'strong')).toBe(true);
  });
});

describe('second factor', () => {
  it('is required for authority admins and project coordinators only', () => {
    expect(STAFF_ROLES.filter(secondFactorRequired)).toEqual(['admin', 'coordinator']);
  });
});
