/** The settings table on SQLite (settings-repository.ts). */
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import type { SettingsRepository } from './settings-repository';

/** Synchronous, as configuration is completed before anything async runs in tests' fixtures. */
export function createSqliteSettings(sqlite: Sqlite): Synchronous<SettingsRepository> {
  const read = sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const insert = sqlite.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
  return {
    valueOrCreate(key, create) {
      const row = read.get(key);
      if (row) return row.value;
      insert.run(key, create());
      // Another process may have stored its value between the read and the insert: its value wins.
      const stored = read.get(key);
      if (!stored) throw new Error(`the setting ${key} could not be stored`);
      return stored.value;
    },
  };
}

export function createSqliteSettingsRepository(sqlite: Sqlite): SettingsRepository {
  const settings = createSqliteSettings(sqlite);
  return { valueOrCreate: async (key, create) => settings.valueOrCreate(key, create) };
}
