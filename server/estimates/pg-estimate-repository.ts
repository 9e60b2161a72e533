/** The estimates' data in PostgreSQL (table processing_times), read as sqlite-estimate-repository.ts reads it. */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { StatusStep } from './case-timing';
import type { EstimateRepository, ProcessingTimeRecord, TimedSubmission } from './estimate-repository';
import { OLDER_CASES_TIMED, STATUS_STEP_COLUMNS, TIMED_SUBMISSION_COLUMNS, UNTIMED_TERMS } from './estimate-rows';

const INSERT = `INSERT INTO processing_times (submission_id, service_id, authority_id, decided_at, working_ms)
  VALUES ($1, $2, $3, $4, $5) ON CONFLICT (submission_id) DO NOTHING`;

// Several cases in one statement: one unit of work without a transaction of its own, so it also runs on the pool.
const INSERT_ALL = `INSERT INTO processing_times (submission_id, service_id, authority_id, decided_at, working_ms)
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[]) ON CONFLICT (submission_id) DO NOTHING`;

function insertValues(e: ProcessingTimeRecord): [number, string, string, string, number] {
  return [e.submissionId, e.serviceId, e.authorityId, e.decidedAt, e.workingMs];
}

/** `db`: the pool, or a unit of work's client (a case change records or forgets its time in its own transaction). */
export function createPgEstimateRepository(db: PgQueryable): Promised<EstimateRepository> {
  return {
    async record(entry) {
      await db.query({ name: 'estimates.record', text: INSERT, values: insertValues(entry) });
    },
    async recordAll(entries) {
      if (entries.length === 0) return;
      const values = [entries.map((e) => e.submissionId), entries.map((e) => e.serviceId), entries.map((e) => e.authorityId), entries.map((e) => e.decidedAt), entries.map((e) => e.workingMs)];
      await db.query({ name: 'estimates.recordAll', text: INSERT_ALL, values });
    },
    async forget(submissionId) {
      await db.query({ name: 'estimates.forget', text: 'DELETE FROM processing_times WHERE submission_id = $1', values: [submissionId] });
    },
    async isRecorded(submissionId) {
      return ((await db.query({ name: 'estimates.isRecorded', text: 'SELECT 1 FROM processing_times WHERE submission_id = $1', values: [submissionId] })).rowCount ?? 0) > 0;
    },
    async statusSteps(submissionId) {
      const text = `SELECT ${STATUS_STEP_COLUMNS} FROM case_events WHERE submission_id = $1 AND kind = 'status' ORDER BY id`;
      return (await db.query<StatusStep>({ name: 'estimates.statusSteps', text, values: [submissionId] })).rows;
    },
    async count(serviceId, authorityId) {
      const text = 'SELECT count(*) AS n FROM processing_times WHERE service_id = $1 AND authority_id = $2';
      return (await db.query<{ n: number }>({ name: 'estimates.count', text, values: [serviceId, authorityId] })).rows[0]?.n ?? 0;
    },
    async workingMsAtRank(serviceId, authorityId, rank) {
      const text = 'SELECT working_ms AS "workingMs" FROM processing_times WHERE service_id = $1 AND authority_id = $2 ORDER BY working_ms LIMIT 1 OFFSET $3';
      return (await db.query<{ workingMs: number }>({ name: 'estimates.atRank', text, values: [serviceId, authorityId, rank] })).rows[0]?.workingMs;
    },
    async untimedSubmissions(afterId, limit) {
      const text = `SELECT ${TIMED_SUBMISSION_COLUMNS} FROM submissions s WHERE s.id > $1 AND ${UNTIMED_TERMS} ORDER BY s.id LIMIT $2`;
      return (await db.query<TimedSubmission>({ name: 'estimates.untimed', text, values: [afterId, limit] })).rows;
    },
    async olderCasesTimed() {
      return ((await db.query({ name: 'estimates.olderTimed', text: 'SELECT value FROM settings WHERE key = $1', values: [OLDER_CASES_TIMED] })).rowCount ?? 0) > 0;
    },
    async markOlderCasesTimed(at) {
      const text = 'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value';
      await db.query({ name: 'estimates.markOlderTimed', text, values: [OLDER_CASES_TIMED, at] });
    },
  };
}
