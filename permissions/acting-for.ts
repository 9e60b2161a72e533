/**
 * Acting for a company (Suomi.fi-valtuudet; server/mandates/): the rules, apart from where the
 * mandates come from.
 *
 * - A person identified strongly acts for themselves, or for a company (Y-tunnus) whose mandate
 *   they hold now: one that has begun and not ended. A mandate that has ended is refused as such.
 * - What a customer sees in My submissions: an e-mail customer the submissions sent with their
 *   address; a person acting for themselves what they sent for themselves; a person acting for a
 *   company every submission sent for that company, by whichever of its representatives.
 * - Projects the same way: an e-mail customer's project is theirs alone; a person acting for
 *   themselves owns what they start (by their person key); a person acting for a company starts the
 *   company's project, which every representative acting for the company sees and works on, and
 *   nobody acting for themselves (the one who started it included).
 */

import { isOwnSubmission } from './permissions';

/** One mandate as a source lists it: a person's right to act for a company, with its time span. */
export interface MandateSpan {
  businessId: string;
  /** ISO times; null: open at that end. */
  validFrom: string | null;
  validUntil: string | null;
}

export type MandateStanding = 'holds' | 'ended' | 'none';

/** Whether one mandate is in force at `now`: begun (validFrom ≤ now) and not ended (now < validUntil). */
export function mandateInForce(mandate: Pick<MandateSpan, 'validFrom' | 'validUntil'>, now: Date): boolean {
  const at = now.getTime();
  if (mandate.validFrom !== null && Date.parse(mandate.validFrom) > at) return false;
  return mandate.validUntil === null || at < Date.parse(mandate.validUntil);
}

/**
 * Where a person stands towards a company among their mandates at `now`: one in force is enough;
 * else an ended one says the mandate ended (a clearer refusal than none at all).
 */
export function mandateStanding(mandates: readonly MandateSpan[], businessId: string, now: Date): MandateStanding {
  const forCompany = mandates.filter((m) => m.businessId === businessId);
  if (forCompany.some((m) => mandateInForce(m, now))) return 'holds';
  if (forCompany.some((m) => m.validUntil !== null && Date.parse(m.validUntil) <= now.getTime())) return 'ended';
  return 'none';
}

/** Who looks at the customer's side: by e-mail code, a person for themselves, or a person for a company. */
export type CustomerViewer =
  | { kind: 'email'; email: string }
  | { kind: 'person'; personKey: string }
  | { kind: 'company'; personKey: string; businessId: string };

/** What the rules need of a submission to tell whose it is. */
export interface SubmissionParties {
  contactEmail: string;
  identifiedPersonKey: string | null;
  actingForBusinessId: string | null;
}

/** Whether `viewer` sees the submission on the customer's side (else it is as absent as an unknown id). */
export function maySeeAsCustomer(viewer: CustomerViewer, submission: SubmissionParties): boolean {
  switch (viewer.kind) {
    case 'email':
      return isOwnSubmission(viewer, submission);
    case 'person':
      return submission.identifiedPersonKey === viewer.personKey && submission.actingForBusinessId === null;
    case 'company':
      return submission.actingForBusinessId === viewer.businessId;
  }
}

/** Whose a project is: an e-mail customer's, a person's own, or a company's. */
export type ProjectOwner =
  | { kind: 'email'; email: string }
  | { kind: 'person'; personKey: string }
  | { kind: 'company'; businessId: string };

/** Whose projects `viewer` works on now, and whose a project they start is: their own, or the company's they act for. */
export function projectOwnerOf(viewer: CustomerViewer): ProjectOwner {
  switch (viewer.kind) {
    case 'email':
      return { kind: 'email', email: viewer.email };
    case 'person':
      return { kind: 'person', personKey: viewer.personKey };
    case 'company':
      return { kind: 'company', businessId: viewer.businessId };
  }
}

/** Whether `viewer` sees and works on a project owned by `owner` (else it is as absent as an unknown id). */
export function maySeeProjectAs(viewer: CustomerViewer, owner: ProjectOwner): boolean {
  switch (owner.kind) {
    case 'email':
      return viewer.kind === 'email' && viewer.email === owner.email;
    case 'person':
      return viewer.kind === 'person' && viewer.personKey === owner.personKey;
    case 'company':
      return viewer.kind === 'company' && viewer.businessId === owner.businessId;
  }
}
