/**
 * Writes alerts into the outbox. Call these inside the transaction of the change that causes the
 * alert, so an alert exists exactly when its cause was committed. With SMTP configured a row starts
 * 'pending' (the delivery loop sends it); without, it is 'kept' for admins to read in the outbox.
 */
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { sealSecret } from './alert-secret';
import { adminAlertText, authorityAlertText, customerAlertText, type AdminAlert, type AuthorityAlert, type CustomerAlert } from './alert-texts';
import type { OutboxInsert, OutboxKind } from './outbox-repository';

export type { OutboxKind } from './outbox-repository';

function deliveryState(ctx: AppContext, at: string): Pick<OutboxInsert, 'status' | 'nextAttemptAt'> {
  return ctx.config.smtpUrl ? { status: 'pending', nextAttemptAt: at } : { status: 'kept', nextAttemptAt: null };
}

type CustomerTarget = { toEmail: string; lang: Lang; submissionId: number | null; authorityId: string | null; secret?: string };
type AuthorityTarget = { authorityId: string; submissionId: number | null };

/**
 * The outbox row of an alert to a customer's e-mail in their language, for a unit of work to write.
 * `secret`: what the alert's text holds as SECRET_PLACEHOLDER, stored encrypted (alert-secret.ts).
 */
export function customerAlertRow(ctx: AppContext, target: CustomerTarget, kind: OutboxKind, alert: CustomerAlert): OutboxInsert {
  const text = customerAlertText(alert, target.lang);
  const secret = target.secret === undefined ? null : sealSecret(ctx.config.sessionSecret, target.secret);
  const at = ctx.now().toISOString();
  return {
    kind,
    audience: 'customer',
    authorityId: target.authorityId,
    submissionId: target.submissionId,
    toEmail: target.toEmail,
    subject: text.subject,
    body: text.body,
    secret,
    createdAt: at,
    ...deliveryState(ctx, at),
  };
}

/**
 * The outbox row of an alert to an authority: shown in its desk until read and mailed to its
 * handlers and admins (resolved at delivery, so staff changes in between are respected).
 */
export function authorityAlertRow(ctx: AppContext, target: AuthorityTarget, alert: AuthorityAlert): OutboxInsert {
  const text = authorityAlertText(alert);
  const at = ctx.now().toISOString();
  return {
    kind: alert.kind,
    audience: 'authority',
    authorityId: target.authorityId,
    submissionId: target.submissionId,
    toEmail: null,
    subject: text.subject,
    body: text.body,
    secret: null,
    createdAt: at,
    ...deliveryState(ctx, at),
  };
}

/**
 * The outbox row of an alert to an authority's admins only (mailed to its active admins at
 * delivery, listed in the admins' outbox, never in the desk).
 */
export function adminAlertRow(ctx: AppContext, authorityId: string, alert: AdminAlert): OutboxInsert {
  const text = adminAlertText(alert);
  const at = ctx.now().toISOString();
  return {
    kind: alert.kind,
    audience: 'admins',
    authorityId,
    submissionId: null,
    toEmail: null,
    subject: text.subject,
    body: text.body,
    secret: null,
    createdAt: at,
    ...deliveryState(ctx, at),
  };
}

/** Queues an alert to a customer on its own; returns whether a row was written. */
export async function queueCustomerAlert(ctx: AppContext, target: CustomerTarget, kind: OutboxKind, alert: CustomerAlert): Promise<boolean> {
  return ctx.repos.outbox.insert(customerAlertRow(ctx, target, kind, alert));
}

/** Queues an alert to an authority on its own; returns whether a row was written. */
export async function queueAuthorityAlert(ctx: AppContext, target: AuthorityTarget, alert: AuthorityAlert): Promise<boolean> {
  return ctx.repos.outbox.insert(authorityAlertRow(ctx, target, alert));
}
