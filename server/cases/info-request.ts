/**
 * A request for more information asks a question (the step's comment) and gives the customer a day
 * to answer by. The handler picks the day; without one it is two weeks ahead. Only such a step
 * carries a reply deadline.
 */
import type { ServiceDefinition } from '../../form-library/format/types';
import { DEFAULT_REPLY_DAYS, requestsInformation } from '../../workflows/machine/case-steps';
import { HttpError } from '../http/errors';
import { addDays, helsinkiDay } from './due-dates';

const MAX_REPLY_DAYS = 365;

/** The reply deadline of firing `event` from `status`: a day for a request for more information, else undefined. */
export function replyDeadline(service: ServiceDefinition, status: string, event: string, replyBy: string | undefined, now: Date): string | undefined {
  const transition = service.workflow.transitions.find((t) => t.event === event && t.from.includes(status));
  const asks = transition !== undefined && requestsInformation(service.workflow, transition);
  if (!asks) {
    if (replyBy !== undefined)
      throw new HttpError(422, 'validation_failed', `${event} is not a request for more information`, [
        { path: 'replyBy', message: 'Only a request for more information carries a reply deadline' },
      ]);
    return undefined;
  }
  const today = helsinkiDay(now);
  if (replyBy === undefined) return addDays(today, DEFAULT_REPLY_DAYS);
  const latest = addDays(today, MAX_REPLY_DAYS);
  if (addDays(replyBy, 0) !== replyBy)
    throw new HttpError(422, 'validation_failed', `${replyBy} is not a day of the calendar`, [{ path: 'replyBy', message: 'Must be a real date YYYY-MM-DD' }]);
  if (replyBy < today || replyBy > latest)
    throw new HttpError(422, 'validation_failed', `The reply deadline must be between ${today} and ${latest}`, [
      { path: 'replyBy', message: `Must be a day from today (${today}) to a year ahead (${latest})` },
    ]);
  return replyBy;
}
