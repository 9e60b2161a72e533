import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../format/types';
import { applicationTemplate, notificationTemplate } from '../templates';
import { awaitsAnswer, isDecision, requestsInformation, waitsForCustomer } from './case-steps';

const byEvent = (event: string) => {
  const t = applicationTemplate.transitions.find((x) => x.event === event);
  if (!t) throw new Error(event);
  return t;
};

describe('case steps with a meaning', () => {
  it('a handler step into a status the customer can supplement from is a request for more information', () => {
    expect(requestsInformation(applicationTemplate, byEvent('REQUEST_INFO'))).toBe(true);
    expect(requestsInformation(applicationTemplate, byEvent('START'))).toBe(false);
    expect(requestsInformation(applicationTemplate, byEvent('DECIDE'))).toBe(false);
    // The customer's own step is never a request to themselves.
    expect(requestsInformation(applicationTemplate, byEvent('SUPPLEMENT'))).toBe(false);
    expect(notificationTemplate.transitions.some((t) => requestsInformation(notificationTemplate, t))).toBe(false);
  });

  it('DECIDE records the decision', () => {
    expect(isDecision('DECIDE')).toBe(true);
    expect(isDecision('CLOSE')).toBe(false);
  });

  it('a case awaits the answer until it is decided or final', () => {
    expect(awaitsAnswer(applicationTemplate, 'INFO_REQUESTED', false)).toBe(true);
    expect(awaitsAnswer(applicationTemplate, 'DECIDED', true)).toBe(false);
    expect(awaitsAnswer(applicationTemplate, 'CANCELLED', false)).toBe(false);
    expect(awaitsAnswer(notificationTemplate, 'ACKNOWLEDGED', false)).toBe(false);
  });

  it('a case waits for the customer only where a request for more information leads', () => {
    expect(waitsForCustomer(applicationTemplate, 'INFO_REQUESTED')).toBe(true);
    expect(waitsForCustomer(applicationTemplate, 'SUBMITTED')).toBe(false);
    // A notification the notifier may supplement unasked while Submitted, and the handler may ask about.
    const l = { fi: 'x', sv: 'x', en: 'x' };
    const notification: WorkflowDefinition = {
      states: [...notificationTemplate.states, { id: 'INFO_REQUESTED', label: l, customerVisible: true }],
      transitions: [
        ...notificationTemplate.transitions,
        { event: 'REQUEST_INFO', from: ['SUBMITTED'], to: 'INFO_REQUESTED', label: l, roles: ['handler'] },
        { event: 'SUPPLEMENT', from: ['SUBMITTED', 'INFO_REQUESTED'], to: 'SUBMITTED', label: l, roles: ['customer'] },
      ],
    };
    expect(waitsForCustomer(notification, 'SUBMITTED')).toBe(false);
    expect(waitsForCustomer(notification, 'INFO_REQUESTED')).toBe(true);
  });
});
