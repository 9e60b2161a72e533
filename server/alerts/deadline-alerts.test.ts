import { describe, expect, it } from 'vitest';
import { daysLeft, dueAt } from './deadline-alerts';

describe('deadline arithmetic', () => {
  it('is due the promised number of days after sending', () => {
    expect(dueAt('2026-06-01T09:30:00.000Z', 14).toISOString()).toBe('2026-06-15T09:30:00.000Z');
  });

  it('counts whole days left, rounded up, and never below zero', () => {
    const due = new Date('2026-06-15T09:30:00.000Z');
    expect(daysLeft(due, new Date('2026-06-13T09:30:00.000Z'))).toBe(2);
    expect(daysLeft(due, new Date('2026-06-13T10:00:00.000Z'))).toBe(2);
    expect(daysLeft(due, new Date('2026-06-14T12:00:00.000Z'))).toBe(1);
    expect(daysLeft(due, new Date('2026-06-20T12:00:00.000Z'))).toBe(0);
  });
});
