/**
 * The integration feed's change order on PostgreSQL, kept in commit order.
 *
 * A case's change_seq is the id of its latest history row of a kind the feed counts, drawn from
 * case_events' sequence at insert, not at commit. Were two transactions free to draw 10 and 11 and
 * commit 11 first, a reader that had meanwhile read up to 11 would never be handed 10. So every
 * transaction that writes such a row takes this one lock first and holds it until it ends (an
 * advisory lock of the transaction): the numbers are drawn one transaction at a time, each
 * committed (or rolled back) before the next draws, and a reader never sees a number before every
 * smaller one is settled.
 *
 * Taken as the transaction's first step, while it holds nothing else: a status step holds its
 * case's row and the trigger then updates that row, so taking it later could deadlock with a
 * change of the same case waiting for it. Its cost is that the feed's changes, across authorities,
 * run one at a time (sends already do, per year, under the reference counter's row lock).
 *
 * The other way, a safe point for the reader (hand out nothing above the smallest number a still
 * running transaction holds), needs what a snapshot does not tell: which numbers those running
 * transactions have drawn. The lock needs no bookkeeping and no change to the reader.
 */
import { FEED_CHANGE_KINDS } from '../../api-contract/integration';
import type { PgQueryable } from '../db/postgres/transaction';

/** The lock's SQL expression, for a statement that takes it in passing (the send's first). */
export const CHANGE_ORDER_LOCK = `pg_advisory_xact_lock(hashtext('case change order'))`;

const FEED_KINDS: ReadonlySet<string> = new Set(FEED_CHANGE_KINDS);

/** Whether a history row of this kind moves its case in the feed (the kinds the trigger case_events_change_seq follows). */
export function movesInFeed(kind: string): boolean {
  return FEED_KINDS.has(kind);
}

/** Takes the change-order lock for the rest of the client's transaction. */
export async function takeChangeOrder(client: PgQueryable): Promise<void> {
  await client.query({ name: 'integration.changeOrder', text: `SELECT ${CHANGE_ORDER_LOCK}` });
}
