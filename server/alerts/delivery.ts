/**
 * Sends pending outbox alerts by SMTP. A failed send is retried with exponential backoff
 * (`attempts`, `next_attempt_at`, `last_error`); after MAX_ATTEMPTS the row is 'failed' and stays
 * visible to admins. Without SMTP nothing is sent: rows are written 'kept' (see outbox.ts).
 *
 * The outbox is a job queue that every server process on the database works: each alert is claimed
 * with a conditional UPDATE just before it is sent (a lease; see OutboxRepository.claim), so two
 * processes never mail it twice, and one that dies mid-send leaves it due again after the lease.
 */
import { isOpen } from '../db/database';
import nodemailer from 'nodemailer';
import type { AppContext } from '../context';
import { removeOrphanAttachments, removeStrayFiles } from '../attachments/store';
import { dropExpiredCodeMails } from '../customer/sign-in-codes';
import { isBusy } from '../db/busy';
import { counterStoreOf } from '../limits/rate-limit';
import { deliveredText, SECRET_PLACEHOLDER } from './alert-secret';
import { raiseDeadlineAlerts } from './deadline-alerts';

export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;
const SEND_INTERVAL_MS = 2_000;
const DEADLINE_INTERVAL_MS = 10 * 60_000;
const TEXT_INDEX_INTERVAL_MS = 1_000;
const ORPHAN_INTERVAL_MS = 60 * 60_000;
/** The SMTP client's own limits, which bound one send... */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };
/** ...and so how long a claimed alert is left to its process before another may take it. */
export const ALERT_LEASE_MS = 3 * 60_000;

/** Wait before the next try after `attempts` failed ones: 30 s, 1 min, 2 min, … capped at 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

export interface OutgoingMail {
  from: string;
  to?: string;
  bcc?: string[];
  subject: string;
  text: string;
}

export type SendMail = (mail: OutgoingMail) => Promise<void>;

export interface DeliveryRound {
  sent: number;
  failed: number;
}

/** Sends every alert that is due now (one round); used by the loop and by tests. */
export async function deliverDueAlerts(ctx: AppContext, send: SendMail, limit = 50): Promise<DeliveryRound> {
  const outbox = ctx.repos.outbox;
  const round: DeliveryRound = { sent: 0, failed: 0 };
  for (const row of await outbox.due(ctx.now().toISOString(), limit)) {
    // The server may have stopped while a send was under way; the row stays due for next time.
    if (!isOpen(ctx.database)) break;
    if (!await outbox.claim(row, new Date(ctx.now().getTime() + ALERT_LEASE_MS).toISOString())) continue;
    try {
      if (row.audience === 'customer') {
        if (!row.toEmail) throw new Error('customer alert without an address');
        if (row.secret === null && row.subject.includes(SECRET_PLACEHOLDER)) throw new Error('the sign-in code expired before it could be sent');
        const { subject, body } = deliveredText(ctx.config.sessionSecret, row);
        await send({ from: ctx.config.smtpFrom, to: row.toEmail, subject, text: body });
      } else if (row.audience === 'admins') {
        const admins = row.authorityId ? await outbox.adminAddresses(row.authorityId) : [];
        if (admins.length === 0) throw new Error('the authority has no active admins to mail');
        await send({ from: ctx.config.smtpFrom, bcc: admins, subject: row.subject, text: row.body });
      } else {
        const staff = row.authorityId ? await outbox.staffAddresses(row.authorityId) : [];
        if (staff.length === 0) throw new Error('the authority has no active handlers or admins to mail');
        // Bcc: staff addresses are not disclosed to each other by a shared alert.
        await send({ from: ctx.config.smtpFrom, bcc: staff, subject: row.subject, text: row.body });
      }
      if (!isOpen(ctx.database)) break;
      await outbox.markSent(row.id, ctx.now().toISOString());
      round.sent++;
    } catch (err) {
      if (!isOpen(ctx.database)) break;
      const attempts = row.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      const next = new Date(ctx.now().getTime() + retryDelayMs(attempts)).toISOString();
      const message = err instanceof Error ? err.message : String(err);
      await outbox.markAttemptFailed(row.id, attempts, giveUp ? 'failed' : 'pending', next, message.slice(0, 500));
      round.failed++;
    }
  }
  return round;
}

/** A SendMail over nodemailer for an SMTP URL (smtp://user:pass@host:port, smtps://…). */
export function smtpSender(smtpUrl: string): { send: SendMail; close(): void } {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return {
    send: async (mail) => {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}

/**
 * Starts the background loops: sending due alerts every few seconds (only with SMTP), raising
 * deadline-near alerts every ten minutes, indexing queued free text every second and removing
 * unclaimed uploads and stray files hourly. Returns a
 * function that stops them all.
 */
export function startAlertDelivery(ctx: AppContext): () => void {
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  let sender: ReturnType<typeof smtpSender> | null = null;
  // A round under way when the server stops fails on the closed database: that is the stop, not a fault.
  const report = (what: string, err: unknown) => {
    if (stopped && !isOpen(ctx.database)) return;
    console.error(`Alert ${what} failed:`, err);
  };

  if (ctx.config.smtpUrl) {
    sender = smtpSender(ctx.config.smtpUrl);
    let busy = false;
    const tick = () => {
      if (busy || stopped || !sender) return;
      busy = true;
      deliverDueAlerts(ctx, sender.send)
        .catch((err: unknown) => report('delivery', err))
        .finally(() => {
          busy = false;
        });
    };
    const t = setInterval(tick, SEND_INTERVAL_MS);
    t.unref();
    timers.push(t);
    setImmediate(tick);
  }

  const deadlines = async () => {
    if (stopped) return;
    try {
      await raiseDeadlineAlerts(ctx);
      await dropExpiredCodeMails(ctx);
    } catch (err) {
      report('deadline check', err);
    }
  };
  // Background upkeep that shares this loop: the inbox's free-text index is filled from its queue
  // in batches (see cases/fts-index.ts), so a send never pays for an FTS segment of its own.
  let indexing = false;
  const textIndex = setInterval(() => {
    if (indexing || stopped || !isOpen(ctx.database)) return;
    indexing = true;
    ctx.repos.inbox
      .indexQueuedText({ batch: 2000, maxRounds: 2 })
      .catch((err: unknown) => {
        // Another process (or a long write) holds the database: the queue waits for the next second.
        if (!isBusy(err)) report('free-text indexing', err);
      })
      .finally(() => {
        indexing = false;
      });
  }, TEXT_INDEX_INTERVAL_MS);
  textIndex.unref();
  timers.push(textIndex);

  // …and uploads that no submission claimed within a day are removed, as are files left without
  // a row by a server killed while storing an upload, and rate-limit windows that have ended.
  const orphans = setInterval(() => {
    if (stopped || !isOpen(ctx.database)) return;
    removeOrphanAttachments(ctx)
      .then(() => removeStrayFiles(ctx))
      .then(() => counterStoreOf(ctx).sweep(ctx.now().getTime()))
      .catch((err: unknown) => report('hourly clean-up', err));
  }, ORPHAN_INTERVAL_MS);
  orphans.unref();
  timers.push(orphans);

  const d = setInterval(deadlines, DEADLINE_INTERVAL_MS);
  d.unref();
  timers.push(d);
  setImmediate(deadlines);

  return () => {
    stopped = true;
    for (const t of timers) clearInterval(t);
    sender?.close();
  };
}
