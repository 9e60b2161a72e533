import { describe, expect, it } from 'vitest';
import { auditActorOf, eventActor, readerOf } from './case-actor';

describe('the party acting on a case', () => {
  it('writes a handler’s step under their user id, audited as staff, read by them', () => {
    const actor = { kind: 'handler', userId: 7, email: 'h@example.fi' } as const;
    expect(eventActor(actor, { replyBy: '2027-01-15' })).toEqual({ actorKind: 'handler', actorUserId: 7, details: { replyBy: '2027-01-15' } });
    expect(auditActorOf(actor)).toEqual({ kind: 'staff', userId: 7, email: 'h@example.fi' });
    expect(readerOf(actor)).toBe(7);
  });

  it('writes an API key’s step with the key’s id in the details, audited as the key, read by nobody', () => {
    const actor = { kind: 'apiKey', keyId: 'Ab12Cd34Ef56' } as const;
    expect(eventActor(actor, null)).toEqual({ actorKind: 'apiKey', actorUserId: null, details: { apiKeyId: 'Ab12Cd34Ef56' } });
    expect(eventActor(actor, { replyBy: '2027-01-15' }).details).toEqual({ replyBy: '2027-01-15', apiKeyId: 'Ab12Cd34Ef56' });
    expect(auditActorOf(actor)).toEqual({ kind: 'apiKey', keyId: 'Ab12Cd34Ef56' });
    expect(readerOf(actor)).toBeUndefined();
  });

  it('writes a customer’s step without a user', () => {
    expect(eventActor({ kind: 'customer', email: 'c@example.fi' }, null)).toEqual({ actorKind: 'customer', actorUserId: null, details: null });
    expect(auditActorOf({ kind: 'customer', email: 'c@example.fi' })).toEqual({ kind: 'customer', email: 'c@example.fi' });
  });
});
