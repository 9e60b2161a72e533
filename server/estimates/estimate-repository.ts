/**
 * What the processing-time estimates keep: each decided case's working time, by service and
 * authority, and what is read to measure it. Implemented in SQLite (sqlite-estimate-repository.ts).
 */
import type { StatusStep } from './case-timing';

export interface ProcessingTimeRecord {
  submissionId: number;
  serviceId: string;
  authorityId: string;
  decidedAt: string;
  workingMs: number;
}

/** What a case's status step changes in the measurement, written in the step's own unit of work. */
export type CaseTimeChange =
  | { kind: 'record'; entry: ProcessingTimeRecord }
  | { kind: 'forget'; submissionId: number; serviceId: string; authorityId: string };

/** A submission as the estimates read it. */
export interface TimedSubmission {
  id: number;
  serviceId: string;
  authorityId: string;
  packId: number;
  packVersion: number;
  submittedAt: string;
}

export interface EstimateRepository {
  /** Keeps a decided case's working time; a case already kept stays as it was (the first decision counts). */
  record(entry: ProcessingTimeRecord): Promise<void>;
  /** Keeps several cases' times as one unit of work (filling in older cases, a batch at a time). */
  recordAll(entries: ProcessingTimeRecord[]): Promise<void>;
  /** Takes a case out of the measurement (cancelled, removed as spam). */
  forget(submissionId: number): Promise<void>;
  isRecorded(submissionId: number): Promise<boolean>;
  /** The status steps of a case, in the order they happened. */
  statusSteps(submissionId: number): Promise<StatusStep[]>;
  /** How many decided cases of the service the authority has kept. */
  count(serviceId: string, authorityId: string): Promise<number>;
  /** The working time at a 0-based rank among them, shortest first. */
  workingMsAtRank(serviceId: string, authorityId: string, rank: number): Promise<number | undefined>;
  /** Submissions not removed, with a status step and no kept time, after `afterId` in id order (filling in older cases). */
  untimedSubmissions(afterId: number, limit: number): Promise<TimedSubmission[]>;
  /** Whether the cases decided before the estimates existed have been timed (once per database). */
  olderCasesTimed(): Promise<boolean>;
  markOlderCasesTimed(at: string): Promise<void>;
}
