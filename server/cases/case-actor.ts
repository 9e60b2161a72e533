/**
 * Who acts on a case: a handler at the desk, the authority's case-management system through the
 * integration API (by its API key), or the customer. The desk's steps, messages and decisions take
 * a DeskActor, so the same rules hold whichever of the two acts for the authority.
 */
import type { AuditActor } from '../audit/log';
import type { StaffPrincipal } from '../auth/principals';
import type { CaseEventDetails } from './case-event-details';
import type { CaseEventWrite } from './case-repository';

/** Acts for the authority: a handler, or the case-management system with an API key. */
export type DeskActor = { kind: 'handler'; userId: number; email: string } | { kind: 'apiKey'; keyId: string };

/** The customer; `personKey` names a strongly identified person who acted (for themselves or their company). */
export type CaseActor = DeskActor | { kind: 'customer'; email: string; personKey?: string };

export function handlerActor(staff: StaffPrincipal): DeskActor {
  return { kind: 'handler', userId: staff.id, email: staff.email };
}

export function auditActorOf(actor: CaseActor): AuditActor {
  switch (actor.kind) {
    case 'handler':
      return { kind: 'staff', userId: actor.userId, email: actor.email };
    case 'apiKey':
      return { kind: 'apiKey', keyId: actor.keyId };
    default:
      // Who acted, by key: for a company's submission, whichever representative it was.
      return actor.personKey ? { kind: 'person', personKey: actor.personKey } : { kind: 'customer', email: actor.email };
  }
}

/** The history row's actor columns; an API key's id goes into the row's details. */
export function eventActor(actor: CaseActor, details: CaseEventDetails | null): Pick<CaseEventWrite, 'actorKind' | 'actorUserId' | 'details'> {
  switch (actor.kind) {
    case 'handler':
      return { actorKind: 'handler', actorUserId: actor.userId, details };
    case 'apiKey':
      return { actorKind: 'apiKey', actorUserId: null, details: { ...details, apiKeyId: actor.keyId } };
    default:
      return { actorKind: 'customer', actorUserId: null, details };
  }
}

/** The handler who has seen the change they made (the case stays unread for the others); none for an API key. */
export function readerOf(actor: DeskActor): number | undefined {
  return actor.kind === 'handler' ? actor.userId : undefined;
}
