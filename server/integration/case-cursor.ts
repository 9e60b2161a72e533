/** The integration API's cursor: the last case id a page held, as 'c<id>' (opaque to clients). */
import { badRequest } from '../http/errors';

export function caseCursor(lastId: number): string {
  return `c${lastId}`;
}

export function readCaseCursor(cursor: string): number {
  const id = Number(cursor.slice(1));
  if (!/^c\d{1,15}$/.test(cursor) || !Number.isSafeInteger(id)) throw badRequest('Not a cursor of this API', [{ path: 'after', message: 'Must be a cursor from an earlier page' }]);
  return id;
}
