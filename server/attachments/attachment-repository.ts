/** Where uploaded files are recorded (their bytes are files under FILES_DIR, see store.ts). */

export interface AttachmentRow {
  id: string;
  submissionId: number | null;
  name: string;
  mime: string;
  size: number;
  sha256: string;
}

export interface AttachmentRepository {
  /** Records an upload no submission has claimed yet. */
  insert(row: Omit<AttachmentRow, 'submissionId'>, at: string): Promise<void>;
  byId(id: string): Promise<AttachmentRow | undefined>;
  /** A submission's files in upload order. */
  ofSubmission(submissionId: number): Promise<AttachmentRow[]>;
  /** Removes the records of uploads unclaimed since before `before` (at most 1000); the ids removed. */
  removeUnclaimed(before: string): Promise<string[]>;
  /** Which of these file ids are known (an attachment, or a decision's PDF). */
  knownFileIds(ids: readonly string[]): Promise<Set<string>>;
}
