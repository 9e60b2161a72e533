/**
 * Attachment files on disk and their rows. A file is named by its random UUID under
 * config.filesDir (outside anything the server serves); the customer's name for it is only data.
 * An attachment starts unclaimed (submission_id NULL) and is claimed by the submission that lists it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { opendir, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Response } from 'express';
import type { AppContext } from '../context';
import { notFound } from '../http/errors';
import type { AttachmentInfo } from '../../api-contract';

import type { AttachmentRow } from './attachment-repository';

export type { AttachmentRow } from './attachment-repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isAttachmentId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function attachmentPath(ctx: AppContext, id: string): string {
  if (!isAttachmentId(id)) throw new Error('not an attachment id');
  return resolve(ctx.config.filesDir, id);
}

/** A file written under FILES_DIR by a new random id (attachments and decision PDFs alike). */
export interface StoredFile {
  id: string;
  size: number;
  sha256: string;
}

export async function writeStoredFile(ctx: AppContext, content: Uint8Array): Promise<StoredFile> {
  const id = randomUUID();
  const sha256 = createHash('sha256').update(content).digest('hex');
  await writeFile(attachmentPath(ctx, id), content, { mode: 0o600, flag: 'wx' });
  return { id, size: content.byteLength, sha256 };
}

export async function removeStoredFile(ctx: AppContext, id: string): Promise<void> {
  await rm(attachmentPath(ctx, id), { force: true });
}

/**
 * Writes the file first, then its row: a crash in between leaves a file without a row (which
 * `removeStrayFiles` sweeps away), never a row without a file.
 */
export async function storeAttachment(ctx: AppContext, content: Uint8Array, name: string, mime: string): Promise<AttachmentRow> {
  const { id, sha256 } = await writeStoredFile(ctx, content);
  const row: AttachmentRow = { id, submissionId: null, name, mime, size: content.byteLength, sha256 };
  await ctx.repos.attachments.insert({ id, name, mime, size: row.size, sha256 }, ctx.now().toISOString());
  return row;
}

export function summary(row: AttachmentRow): AttachmentInfo {
  return { id: row.id, name: row.name, size: row.size, type: row.mime };
}

export async function attachmentsOf(ctx: AppContext, submissionId: number): Promise<AttachmentRow[]> {
  return ctx.repos.attachments.ofSubmission(submissionId);
}

export async function attachmentById(ctx: AppContext, id: string): Promise<AttachmentRow | undefined> {
  if (!isAttachmentId(id)) return undefined;
  return ctx.repos.attachments.byId(id);
}

/** A file of this case, or undefined: an id of another case's file names nothing here. */
export async function attachmentOfCase(ctx: AppContext, submissionId: number, id: string): Promise<AttachmentRow | undefined> {
  const row = await attachmentById(ctx, id);
  return row && row.submissionId === submissionId ? row : undefined;
}

/**
 * Sends a file as a download: never rendered inline, never sniffed by the browser, with a name
 * the browser cannot turn into a path (Express encodes it as RFC 5987 filename*).
 */
export function sendAttachment(ctx: AppContext, res: Response, row: Pick<AttachmentRow, 'id' | 'name' | 'mime'>): Promise<void> {
  return new Promise((resolveSend, reject) => {
    res.set('X-Content-Type-Options', 'nosniff');
    res.set('Cache-Control', 'private, no-store');
    res.set('Content-Security-Policy', "default-src 'none'; sandbox");
    res.attachment(row.name);
    res.type(row.mime);
    res.sendFile(attachmentPath(ctx, row.id), { dotfiles: 'deny' }, (err) => {
      if (!err) return resolveSend();
      if (res.headersSent) return resolveSend();
      reject(notFound('The file of this attachment is missing'));
    });
  });
}

/**
 * Deletes uploads no submission claimed within `olderThanHours` (a form abandoned after its files
 * were added): first the rows, then the files, so a late claim can never point at a missing file.
 */
export async function removeOrphanAttachments(ctx: AppContext, olderThanHours = 24): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - olderThanHours * 3600_000).toISOString();
  const removed = await ctx.repos.attachments.removeUnclaimed(cutoff);
  for (const id of removed) await rm(attachmentPath(ctx, id), { force: true });
  return removed.length;
}

/** How old a file without a row must be before it is removed: older than any upload still being stored. */
export const STRAY_FILE_AGE_MS = 3600_000;

/**
 * Deletes files in the attachments folder that have no row, left by a server killed between
 * writing an upload's file and its row. Only files named like attachment ids and older than
 * `olderThanMs` (an upload in progress has its file a moment before its row) are touched; the
 * folder is read in batches, each looked up in one query. A decision's attached PDF is a stored file
 * without an attachment row (decisions.file_id), so it counts as known too.
 */
export async function removeStrayFiles(ctx: AppContext, olderThanMs = STRAY_FILE_AGE_MS): Promise<number> {
  const cutoff = ctx.now().getTime() - olderThanMs;
  const known = (names: string[]) => ctx.repos.attachments.knownFileIds(names);
  let removed = 0;
  const sweep = async (names: string[]) => {
    const rows = await known(names);
    for (const name of names) {
      if (rows.has(name)) continue;
      const path = attachmentPath(ctx, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile() || info.mtimeMs > cutoff) continue;
      // Looked up again just before: an upload or a decision could have stored its row since the batch query.
      if ((await known([name])).size > 0) continue;
      await rm(path, { force: true });
      removed++;
    }
  };
  let batch: string[] = [];
  for await (const entry of await opendir(ctx.config.filesDir)) {
    if (!entry.isFile() || !isAttachmentId(entry.name)) continue;
    batch.push(entry.name);
    if (batch.length === 500) {
      await sweep(batch);
      batch = [];
    }
  }
  if (batch.length) await sweep(batch);
  return removed;
}
