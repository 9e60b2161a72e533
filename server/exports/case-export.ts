/** What the PDF and the CSV print of one case: plain data gathered from the database by export-data.ts. */
import type { AnswerRow } from '../../form-library/answers';

export interface ExportHistoryEntry {
  at: string;
  /** Who: a handler's name, 'customer' text or the system, already in the export language. */
  by: string;
  kind: 'submitted' | 'status' | 'note' | 'message' | 'supplement' | 'assignment';
  /** What happened, e.g. 'Vastaanotettu → Käsittelyssä', and any comment or message body. */
  text: string;
  /** Internal notes are printed as internal: they never reach the customer. */
  internal: boolean;
}

export interface CaseExport {
  id: number;
  reference: string;
  service: string;
  authority: string;
  /** e.g. 'event-organising v3': the exact pack version the submission was made with. */
  packVersion: string;
  status: string;
  municipality: string;
  submittedAt: string;
  /** The answer's due date from the response time (YYYY-MM-DD), or null. */
  dueDate: string | null;
  /** When the decision was made, or null. */
  decidedAt: string | null;
  customer: { name: string; email: string; phone: string | null };
  answers: AnswerRow[];
  attachments: Array<{ name: string; size: number; type: string }>;
  history: ExportHistoryEntry[];
}
