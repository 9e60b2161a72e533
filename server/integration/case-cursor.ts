/**
 * The integration feed's cursor: the change sequence number of the last case a page held, as
 * 's<seq>' (opaque to clients). The feed's first cursors ('c<id>') paged by arrival only; they are
 * refused with a message that says what to do, since their number is no point in the change order.
 */
import { badRequest } from '../http/errors';

const CURSOR = /^s(\d{1,15})$/;
const ARRIVAL_CURSOR = /^c\d{1,15}$/;

export function caseCursor(seq: number): string {
  return `s${seq}`;
}

export function readCaseCursor(cursor: string): number {
  if (ARRIVAL_CURSOR.test(cursor))
    throw badRequest('This cursor is from the earlier listing by arrival; the list now follows changes too. Start again without `after` (cases come again once each, with their current state)', [
      { path: 'after', message: 'An arrival-order cursor (c…) is no longer accepted; start without after' },
    ]);
  const seq = Number(CURSOR.exec(cursor)?.[1]);
  if (!Number.isSafeInteger(seq)) throw badRequest('Not a cursor of this API', [{ path: 'after', message: 'Must be a cursor from an earlier page' }]);
  return seq;
}
