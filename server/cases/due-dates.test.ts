import { describe, expect, it } from 'vitest';
import { addDays, dueDateOf, dueRange, helsinkiDay } from './due-dates';

describe('due dates', () => {
  it('count calendar days in Helsinki: a send late in the UTC evening is already the next day there', () => {
    expect(helsinkiDay('2026-12-01T21:30:00.000Z')).toBe('2026-12-01'); // 23.30 in Helsinki (winter, UTC+2)
    expect(helsinkiDay('2026-12-01T22:30:00.000Z')).toBe('2026-12-02'); // 00.30 the next day
    expect(helsinkiDay('2026-06-30T21:30:00.000Z')).toBe('2026-07-01'); // 00.30 in summer time (UTC+3)
    expect(dueDateOf('2026-12-01T22:30:00.000Z', 14)).toBe('2026-12-16');
    expect(dueDateOf('2026-12-01T10:00:00.000Z', null)).toBeNull();
  });

  it('add days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
  });

  it('"overdue" is every day before today; "this week" is today through Sunday', () => {
    const wednesday = new Date('2026-12-02T08:00:00.000Z');
    expect(dueRange('overdue', wednesday)).toEqual({ before: '2026-12-02' });
    expect(dueRange('week', wednesday)).toEqual({ from: '2026-12-02', before: '2026-12-07' });
    const sunday = new Date('2026-12-06T20:00:00.000Z');
    expect(dueRange('week', sunday)).toEqual({ from: '2026-12-06', before: '2026-12-07' });
    const monday = new Date('2026-12-07T06:00:00.000Z');
    expect(dueRange('week', monday)).toEqual({ from: '2026-12-07', before: '2026-12-14' });
  });
});
