/**
 * The estimates' data in SQLite (table processing_times, migration 0015). The count and the rank
 * reads walk the index (service_id, authority_id, working_ms) alone: no submission row is read.
 */
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import type { StatusStep } from './case-timing';
import { OLDER_CASES_TIMED, STATUS_STEP_COLUMNS, TIMED_SUBMISSION_COLUMNS, UNTIMED_TERMS } from './estimate-rows';
import type { EstimateRepository, ProcessingTimeRecord, TimedSubmission } from './estimate-repository';

/** The processing times' writes that the case repository makes inside its own transactions. */
export function createSqliteEstimateWriter(sqlite: Sqlite): Synchronous<Pick<EstimateRepository, 'record' | 'forget'>> {
  const insert = sqlite.prepare<[ProcessingTimeRecord]>(
    `INSERT INTO processing_times (submission_id, service_id, authority_id, decided_at, working_ms)
     VALUES (@submissionId, @serviceId, @authorityId, @decidedAt, @workingMs) ON CONFLICT (submission_id) DO NOTHING`,
  );
  const remove = sqlite.prepare<[number]>('DELETE FROM processing_times WHERE submission_id = ?');
  return {
    record: (entry) => void insert.run(entry),
    forget: (submissionId) => void remove.run(submissionId),
  };
}

export function createSqliteEstimateRepository(sqlite: Sqlite): EstimateRepository {
  const writer = createSqliteEstimateWriter(sqlite);
  const recorded = sqlite.prepare<[number], { one: number }>('SELECT 1 AS one FROM processing_times WHERE submission_id = ?');
  const steps = sqlite.prepare<[number], StatusStep>(
    `SELECT ${STATUS_STEP_COLUMNS} FROM case_events WHERE submission_id = ? AND kind = 'status' ORDER BY id`,
  );
  const count = sqlite.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM processing_times WHERE service_id = ? AND authority_id = ?');
  const atRank = sqlite.prepare<[string, string, number], { workingMs: number }>(
    'SELECT working_ms AS workingMs FROM processing_times WHERE service_id = ? AND authority_id = ? ORDER BY working_ms LIMIT 1 OFFSET ?',
  );
  const untimed = sqlite.prepare<[number, number], TimedSubmission>(
    `SELECT ${TIMED_SUBMISSION_COLUMNS}
     FROM submissions s
     WHERE s.id > ? AND ${UNTIMED_TERMS}
     ORDER BY s.id LIMIT ?`,
  );
  const setting = sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const setSetting = sqlite.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const recordAll = sqlite.transaction((entries: ProcessingTimeRecord[]) => {
    for (const entry of entries) writer.record(entry);
  });
  return {
    record: async (entry) => writer.record(entry),
    recordAll: async (entries) => recordAll(entries),
    forget: async (submissionId) => writer.forget(submissionId),
    isRecorded: async (submissionId) => recorded.get(submissionId) !== undefined,
    statusSteps: async (submissionId) => steps.all(submissionId),
    count: async (serviceId, authorityId) => count.get(serviceId, authorityId)?.n ?? 0,
    workingMsAtRank: async (serviceId, authorityId, rank) => atRank.get(serviceId, authorityId, rank)?.workingMs,
    untimedSubmissions: async (afterId, limit) => untimed.all(afterId, limit),
    olderCasesTimed: async () => setting.get(OLDER_CASES_TIMED) !== undefined,
    markOlderCasesTimed: async (at) => void setSetting.run(OLDER_CASES_TIMED, at),
  };
}
