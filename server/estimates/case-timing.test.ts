import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../workflows/format/types';
import { applicationTemplate, notificationTemplate } from '../../workflows/templates';
import { readyService } from '../../form-library/library/index';
import { caseTiming, cancelledStatuses, customerWaitStatuses, type StatusStep } from './case-timing';

const DAY = 24 * 3600_000;
const SENT = '2026-11-02T08:00:00.000Z';
/** An instant `days` (and `hours`) after SENT. */
const after = (days: number, hours = 0) => new Date(Date.parse(SENT) + days * DAY + hours * 3600_000).toISOString();
const step = (at: string, event: string, toStatus: string): StatusStep => ({ at, event, toStatus });

describe('which statuses wait for the customer', () => {
  it('are those the customer may SUPPLEMENT out of, read from the workflow and not from a name', () => {
    expect([...customerWaitStatuses(applicationTemplate)]).toEqual(['INFO_REQUESTED']);
    const renamed: WorkflowDefinition = structuredClone(applicationTemplate);
    for (const t of renamed.transitions) if (t.event === 'SUPPLEMENT') t.from = ['IN_PROCESSING'];
    expect([...customerWaitStatuses(renamed)]).toEqual(['IN_PROCESSING']);
    expect([...customerWaitStatuses(notificationTemplate)]).toEqual([]);
    expect([...cancelledStatuses(applicationTemplate)]).toEqual(['CANCELLED']);
  });

  it('are only those a handler’s request leads to: a notification the notifier may supplement before acknowledgement is not waiting while submitted', () => {
    const rescue = readyService('public-event-rescue').workflow;
    expect([...customerWaitStatuses(rescue)]).toEqual(['INFO_REQUESTED']);
    const timing = caseTiming(rescue, SENT, [
      step(after(1), 'SUPPLEMENT', 'SUBMITTED'), // the organiser's own change: still the authority's time
      step(after(2), 'REQUEST_INFO', 'INFO_REQUESTED'),
      step(after(5), 'SUPPLEMENT', 'SUBMITTED'), // 3 days with the customer
      step(after(6), 'ACKNOWLEDGE', 'ACKNOWLEDGED'),
    ]);
    expect(timing).toEqual({ outcome: 'decided', decidedAt: after(6), workingMs: 3 * DAY });
  });
});

describe('a case’s working time', () => {
  it('runs from sending to the decision step, less the time the case waited for the customer’s supplement', () => {
    const timing = caseTiming(applicationTemplate, SENT, [
      step(after(1), 'RECEIVE', 'RECEIVED'),
      step(after(2), 'START', 'IN_PROCESSING'),
      step(after(4), 'REQUEST_INFO', 'INFO_REQUESTED'),
      step(after(11), 'SUPPLEMENT', 'IN_PROCESSING'), // 7 days with the customer
      step(after(15, 6), 'DECIDE', 'DECIDED'),
      step(after(20), 'CLOSE', 'CLOSED'),
    ]);
    expect(timing).toEqual({ outcome: 'decided', decidedAt: after(15, 6), workingMs: 8 * DAY + 6 * 3600_000 });
  });

  it('counts only the first decision and every wait before it', () => {
    const timing = caseTiming(applicationTemplate, SENT, [
      step(after(1), 'RECEIVE', 'RECEIVED'),
      step(after(1), 'START', 'IN_PROCESSING'),
      step(after(2), 'REQUEST_INFO', 'INFO_REQUESTED'),
      step(after(3), 'SUPPLEMENT', 'IN_PROCESSING'),
      step(after(4), 'REQUEST_INFO', 'INFO_REQUESTED'),
      step(after(6), 'SUPPLEMENT', 'IN_PROCESSING'),
      step(after(9), 'DECIDE', 'DECIDED'),
    ]);
    expect(timing).toEqual({ outcome: 'decided', decidedAt: after(9), workingMs: 6 * DAY });
  });

  it('is decided, in a workflow without a decision step, when it first reaches a final status other than a cancellation', () => {
    expect(caseTiming(notificationTemplate, SENT, [step(after(0, 5), 'ACKNOWLEDGE', 'ACKNOWLEDGED')])).toEqual({
      outcome: 'decided', decidedAt: after(0, 5), workingMs: 5 * 3600_000,
    });
  });

  it('does not count a case still open, nor a cancelled one', () => {
    expect(caseTiming(applicationTemplate, SENT, [step(after(1), 'RECEIVE', 'RECEIVED')])).toEqual({ outcome: 'open' });
    expect(caseTiming(applicationTemplate, SENT, [])).toEqual({ outcome: 'open' });
    expect(caseTiming(notificationTemplate, SENT, [step(after(1), 'CANCEL', 'CANCELLED')])).toEqual({ outcome: 'cancelled' });
    expect(caseTiming(applicationTemplate, SENT, [step(after(1), 'RECEIVE', 'RECEIVED'), step(after(3), 'CANCEL', 'CANCELLED')])).toEqual({ outcome: 'cancelled' });
  });

  it('waits counted only while the case was with the customer: a case cancelled from the wait is still not counted', () => {
    expect(caseTiming(applicationTemplate, SENT, [
      step(after(1), 'RECEIVE', 'RECEIVED'),
      step(after(1), 'START', 'IN_PROCESSING'),
      step(after(2), 'REQUEST_INFO', 'INFO_REQUESTED'),
      step(after(30), 'CANCEL', 'CANCELLED'),
    ])).toEqual({ outcome: 'cancelled' });
  });
});
