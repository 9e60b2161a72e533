/** The settings table on PostgreSQL (settings-repository.ts). */
import type { PgQueryable } from '../db/postgres/transaction';
import type { SettingsRepository } from './settings-repository';

export function createPgSettingsRepository(db: PgQueryable): SettingsRepository {
  return {
    async valueOrCreate(key, create) {
      const existing = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      if (existing.rows[0]) return existing.rows[0].value;
      // Two instances starting at once: the unique key lets one insert; both then read its value.
      await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, create()]);
      const stored = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      if (!stored.rows[0]) throw new Error(`the setting ${key} could not be stored`);
      return stored.rows[0].value;
    },
  };
}
