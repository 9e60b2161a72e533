import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from './projects-api';
import { timelineInOrder } from './timeline-order';

const entry = (at: string, kind: TimelineEntry['kind'], text: string): TimelineEntry => ({ at, kind, text, permitId: 1 });

describe('the project timeline', () => {
  it('puts events in time order and an expected decision after the events of its day', () => {
    const ordered = timelineInOrder([
      entry('2026-05-20', 'expected', 'expected'),
      entry('2026-05-20T15:00:00.000Z', 'message', 'late message'),
      entry('2026-05-03T09:00:00.000Z', 'sent', 'sent'),
      entry('2026-05-05T08:00:00.000Z', 'info_request', 'request'),
    ]);
    expect(ordered.map((e) => e.text)).toEqual(['sent', 'request', 'late message', 'expected']);
  });
});
