/** Route parameters that name a row by integer id: anything else is simply not found. */
import { notFound } from './errors';

export function idParam(value: string | string[] | undefined, what = 'Not found'): number {
  if (typeof value !== 'string' || !/^[1-9]\d{0,14}$/.test(value)) throw notFound(what);
  return Number(value);
}
