import { describe, expect, it } from 'vitest';
import { webhookEventsOf, webhookEventTypesOf, type CaseHistoryFact } from './webhook-events';

const row = (r: Partial<CaseHistoryFact> & Pick<CaseHistoryFact, 'kind'>): CaseHistoryFact => ({ actorKind: 'handler', event: null, fromStatus: null, toStatus: null, ...r });
const facts = { id: 42, reference: 'KV-2026-000042', status: 'IN_PROCESSING' };
const at = '2026-12-07T10:00:00.000Z';

describe('webhook events from a case’s history', () => {
  it('a send is case.submitted', () => {
    expect(webhookEventTypesOf(row({ kind: 'submitted', actorKind: 'customer', toStatus: 'SUBMITTED' }))).toEqual(['case.submitted']);
  });

  it('every status step is case.status_changed, whoever took it', () => {
    for (const actorKind of ['handler', 'apiKey', 'customer', 'system'] as const)
      expect(webhookEventTypesOf(row({ kind: 'status', actorKind, event: 'RECEIVE', fromStatus: 'SUBMITTED', toStatus: 'RECEIVED' }))).toEqual(['case.status_changed']);
  });

  it('the customer’s cancellation is case.cancelled as well as a status change', () => {
    expect(webhookEventTypesOf(row({ kind: 'status', actorKind: 'customer', event: 'CANCEL', fromStatus: 'RECEIVED', toStatus: 'CANCELLED' })))
      .toEqual(['case.status_changed', 'case.cancelled']);
  });

  it('a supplement is case.supplemented (its SUPPLEMENT step is a status change of its own row)', () => {
    expect(webhookEventTypesOf(row({ kind: 'supplement', actorKind: 'customer' }))).toEqual(['case.supplemented']);
    expect(webhookEventTypesOf(row({ kind: 'status', actorKind: 'customer', event: 'SUPPLEMENT', fromStatus: 'INFO_REQUESTED', toStatus: 'IN_PROCESSING' })))
      .toEqual(['case.status_changed']);
  });

  it('only the customer’s messages are message.received; the authority’s own messages, notes and assignments give nothing', () => {
    expect(webhookEventTypesOf(row({ kind: 'message', actorKind: 'customer' }))).toEqual(['message.received']);
    expect(webhookEventTypesOf(row({ kind: 'message', actorKind: 'handler' }))).toEqual([]);
    expect(webhookEventTypesOf(row({ kind: 'message', actorKind: 'apiKey' }))).toEqual([]);
    expect(webhookEventTypesOf(row({ kind: 'note' }))).toEqual([]);
    expect(webhookEventTypesOf(row({ kind: 'assignment' }))).toEqual([]);
  });

  it('the payload is thin: the case’s id, reference and status, and a step’s from and event', () => {
    const step = webhookEventsOf(row({ kind: 'status', event: 'DECIDE', fromStatus: 'IN_PROCESSING', toStatus: 'DECIDED' }), facts, at);
    expect(step).toEqual([
      { type: 'case.status_changed', timestamp: at, data: { caseId: 42, reference: 'KV-2026-000042', status: 'DECIDED', previousStatus: 'IN_PROCESSING', event: 'DECIDE' } },
    ]);
    const message = webhookEventsOf(row({ kind: 'message', actorKind: 'customer' }), facts, at);
    expect(message).toEqual([{ type: 'message.received', timestamp: at, data: { caseId: 42, reference: 'KV-2026-000042', status: 'IN_PROCESSING' } }]);
  });

  it('never carries what the row holds beyond that: no message text, answers or henkilötunnus', () => {
    const withBody = { ...row({ kind: 'supplement', actorKind: 'customer' }), body: 'Henkilötunnukseni on 010190-908Y', details: { after: { personalId: '010190-908Y' } } };
    const json = JSON.stringify(webhookEventsOf(withBody, facts, at));
    expect(json).not.toContain('010190-908Y');
    expect(json).not.toContain('Henkilötunnukseni');
  });
});
