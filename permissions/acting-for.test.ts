import { describe, expect, it } from 'vitest';
import { mandateInForce, mandateStanding, maySeeAsCustomer, maySeeProjectAs, projectOwnerOf, type CustomerViewer, type MandateSpan, type ProjectOwner } from './acting-for';

const now = new Date('2026-12-07T12:00:00Z');
const company = '7001234-9';
const other = '7001235-7';

describe('a mandate is in force from its start until its end', () => {
  it('holds when open at both ends, or between its start and end', () => {
    expect(mandateInForce({ validFrom: null, validUntil: null }, now)).toBe(true);
    expect(mandateInForce({ validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' }, now)).toBe(true);
  });

  it('does not hold before it begins, nor from the moment it ends', () => {
    expect(mandateInForce({ validFrom: '2026-12-08T00:00:00Z', validUntil: null }, now)).toBe(false);
    expect(mandateInForce({ validFrom: null, validUntil: now.toISOString() }, now)).toBe(false);
    expect(mandateInForce({ validFrom: null, validUntil: '2026-06-30T00:00:00Z' }, now)).toBe(false);
  });
});

describe('where a person stands towards a company', () => {
  const span = (businessId: string, validUntil: string | null, validFrom: string | null = null): MandateSpan => ({ businessId, validFrom, validUntil });

  it('holds a mandate in force for that very company only', () => {
    expect(mandateStanding([span(company, null)], company, now)).toBe('holds');
    expect(mandateStanding([span(other, null)], company, now)).toBe('none');
    expect(mandateStanding([], company, now)).toBe('none');
  });

  it('says ended when every mandate for the company has ended, and holds when a newer one is in force', () => {
    expect(mandateStanding([span(company, '2026-06-30T00:00:00Z')], company, now)).toBe('ended');
    expect(mandateStanding([span(company, '2026-06-30T00:00:00Z'), span(company, null, '2026-07-01T00:00:00Z')], company, now)).toBe('holds');
  });

  it('calls a mandate that has not begun none, not ended', () => {
    expect(mandateStanding([span(company, null, '2027-01-01T00:00:00Z')], company, now)).toBe('none');
  });
});

describe('whose submissions a customer sees', () => {
  const aino = 'p_aino';
  const mikko = 'p_mikko';
  const sentBy = (personKey: string | null, businessId: string | null, contactEmail = 'x@example.fi') => ({ contactEmail, identifiedPersonKey: personKey, actingForBusinessId: businessId });

  it('an e-mail customer: those sent with their address', () => {
    const viewer: CustomerViewer = { kind: 'email', email: 'aino@example.fi' };
    expect(maySeeAsCustomer(viewer, sentBy(null, null, 'aino@example.fi'))).toBe(true);
    expect(maySeeAsCustomer(viewer, sentBy(null, null, 'mikko@example.fi'))).toBe(false);
  });

  it('a person for themselves: what they sent for themselves, not what they sent for a company', () => {
    const viewer: CustomerViewer = { kind: 'person', personKey: aino };
    expect(maySeeAsCustomer(viewer, sentBy(aino, null))).toBe(true);
    expect(maySeeAsCustomer(viewer, sentBy(aino, company))).toBe(false);
    expect(maySeeAsCustomer(viewer, sentBy(mikko, null))).toBe(false);
  });

  it('a person for a company: everything sent for it by any representative, nothing of another company', () => {
    const viewer: CustomerViewer = { kind: 'company', personKey: mikko, businessId: company };
    expect(maySeeAsCustomer(viewer, sentBy(aino, company))).toBe(true);
    expect(maySeeAsCustomer(viewer, sentBy(mikko, company))).toBe(true);
    expect(maySeeAsCustomer(viewer, sentBy(mikko, other))).toBe(false);
    expect(maySeeAsCustomer(viewer, sentBy(mikko, null))).toBe(false);
  });
});

describe('whose a project is, and who works on it', () => {
  const byEmail: CustomerViewer = { kind: 'email', email: 'aino@example.fi' };
  const ainoHerself: CustomerViewer = { kind: 'person', personKey: 'p_aino' };
  const ainoForCompany: CustomerViewer = { kind: 'company', personKey: 'p_aino', businessId: company };
  const mikkoForCompany: CustomerViewer = { kind: 'company', personKey: 'p_mikko', businessId: company };
  const kerstinForOther: CustomerViewer = { kind: 'company', personKey: 'p_kerstin', businessId: other };

  it('a project started belongs to whom its starter acts for: their address, themselves by key, or the company', () => {
    expect(projectOwnerOf(byEmail)).toEqual({ kind: 'email', email: 'aino@example.fi' });
    expect(projectOwnerOf(ainoHerself)).toEqual({ kind: 'person', personKey: 'p_aino' });
    expect(projectOwnerOf(ainoForCompany)).toEqual({ kind: 'company', businessId: company });
  });

  it('a company’s project: every representative acting for it, nobody acting for themselves or for another company', () => {
    const owner: ProjectOwner = { kind: 'company', businessId: company };
    expect(maySeeProjectAs(ainoForCompany, owner)).toBe(true);
    expect(maySeeProjectAs(mikkoForCompany, owner)).toBe(true);
    expect(maySeeProjectAs(ainoHerself, owner)).toBe(false);
    expect(maySeeProjectAs(kerstinForOther, owner)).toBe(false);
    expect(maySeeProjectAs(byEmail, owner)).toBe(false);
  });

  it('a person’s own project: that person acting for themselves only, not while they act for a company', () => {
    const owner: ProjectOwner = { kind: 'person', personKey: 'p_aino' };
    expect(maySeeProjectAs(ainoHerself, owner)).toBe(true);
    expect(maySeeProjectAs(ainoForCompany, owner)).toBe(false);
    expect(maySeeProjectAs({ kind: 'person', personKey: 'p_mikko' }, owner)).toBe(false);
  });

  it('an e-mail customer’s project: that address only, never a person who shares nothing but a name', () => {
    const owner: ProjectOwner = { kind: 'email', email: 'aino@example.fi' };
    expect(maySeeProjectAs(byEmail, owner)).toBe(true);
    expect(maySeeProjectAs({ kind: 'email', email: 'erik@example.fi' }, owner)).toBe(false);
    expect(maySeeProjectAs(ainoHerself, owner)).toBe(false);
  });
});
