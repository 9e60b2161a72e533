/**
 * The states of an alert in the outbox, as a plain value: the admin's outbox screen lists them as
 * filters, so the builder imports this module itself (it holds no schema code).
 * 'withheld': never sent, because its case was removed as spam (server/cases/remove-spam.ts).
 */
export const OUTBOX_STATES = ['pending', 'sent', 'failed', 'kept', 'withheld'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
