/**
 * Drafts live in the browser (localStorage) per deployment and municipality, so a reload or a
 * closed tab loses nothing typed. The idempotency key is made once per draft and kept with it:
 * a retried or double-clicked send reuses it and the server never makes two submissions.
 */
import type { FormData } from '../../form-library/format/types';
import type { AttachmentInfo } from '../form-renderer';
import type { Contact, SubmitResult } from './api';

export type DraftStage = 'form' | 'contact' | 'summary';

export interface Draft {
  data: FormData;
  contact: Contact;
  step: number;
  stage: DraftStage;
  idempotencyKey: string;
  attachments: AttachmentInfo[];
  updatedAt: string;
}

const PREFIX = 'kevyt:draft:';

export function draftKey(deploymentId: string | number, municipality: string): string {
  return `${PREFIX}${deploymentId}:${municipality}`;
}

function newKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function emptyDraft(): Draft {
  return { data: {}, contact: { name: '', email: '', phone: '' }, step: 0, stage: 'form', idempotencyKey: newKey(), attachments: [], updatedAt: new Date().toISOString() };
}

export function loadDraft(storage: Storage, deploymentId: string | number, municipality: string): Draft {
  try {
    const raw = storage.getItem(draftKey(deploymentId, municipality));
    if (!raw) return emptyDraft();
    const parsed = JSON.parse(raw) as Partial<Draft>;
    const base = emptyDraft();
    return {
      ...base,
      ...parsed,
      contact: { ...base.contact, ...(parsed.contact ?? {}) },
      idempotencyKey: typeof parsed.idempotencyKey === 'string' && parsed.idempotencyKey ? parsed.idempotencyKey : base.idempotencyKey,
    };
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(storage: Storage, deploymentId: string | number, municipality: string, draft: Draft): void {
  try {
    storage.setItem(draftKey(deploymentId, municipality), JSON.stringify({ ...draft, updatedAt: new Date().toISOString() }));
  } catch {
    // Storage full or blocked (private mode): the form still works, only without a saved draft.
  }
}

export function clearDraft(storage: Storage, deploymentId: string | number, municipality: string): void {
  storage.removeItem(draftKey(deploymentId, municipality));
}

/** What the receipt page shows, kept for the tab (the receipt is not fetched again). */
export interface Receipt {
  result: SubmitResult;
  serviceName: string;
  municipality: string;
  deploymentId: string | number;
  data: FormData;
  contact: Contact;
  attachments: AttachmentInfo[];
}

const RECEIPT_PREFIX = 'kevyt:receipt:';

export function saveReceipt(storage: Storage, receipt: Receipt): void {
  try {
    storage.setItem(RECEIPT_PREFIX + receipt.result.id, JSON.stringify(receipt));
  } catch {
    /* the receipt is also shown right away from memory */
  }
}

export function loadReceipt(storage: Storage, id: string): Receipt | null {
  try {
    const raw = storage.getItem(RECEIPT_PREFIX + id);
    return raw ? (JSON.parse(raw) as Receipt) : null;
  } catch {
    return null;
  }
}
