import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatReference, parseReference, referenceYear, takeReference } from './reference-number';

describe('reference numbers', () => {
  it('pads the yearly sequence to six digits', () => {
    expect(formatReference(2026, 123)).toBe('KV-2026-000123');
    expect(formatReference(2026, 1_234_567)).toBe('KV-2026-1234567');
  });

  it('parses what it formats and rejects anything else', () => {
    expect(parseReference('KV-2026-000123')).toEqual({ year: 2026, sequence: 123 });
    expect(parseReference(' kv-2026-000123 ')).toEqual({ year: 2026, sequence: 123 });
    expect(parseReference('KV-26-1')).toBeNull();
    expect(parseReference('Helsinki')).toBeNull();
  });

  it('counts the year in Finnish time, so New Year’s night belongs to the new year', () => {
    expect(referenceYear(new Date('2026-12-31T22:30:00Z'))).toBe(2027);
    expect(referenceYear(new Date('2026-12-31T21:30:00Z'))).toBe(2026);
  });

  it('numbers each year from 1 and never repeats a number', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE reference_counters (year integer PRIMARY KEY NOT NULL, last integer NOT NULL)');
    const in2026 = new Date('2026-06-01T10:00:00Z');
    expect(takeReference(sqlite, in2026)).toBe('KV-2026-000001');
    expect(takeReference(sqlite, in2026)).toBe('KV-2026-000002');
    expect(takeReference(sqlite, new Date('2027-02-01T10:00:00Z'))).toBe('KV-2027-000001');
    expect(takeReference(sqlite, in2026)).toBe('KV-2026-000003');
  });

  it('gives the number back when the submission’s transaction rolls back', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE reference_counters (year integer PRIMARY KEY NOT NULL, last integer NOT NULL)');
    const at = new Date('2026-06-01T10:00:00Z');
    const send = sqlite.transaction(() => {
      takeReference(sqlite, at);
      throw new Error('validation failed after numbering');
    });
    expect(() => send()).toThrow('validation failed');
    expect(takeReference(sqlite, at)).toBe('KV-2026-000001');
  });
});
