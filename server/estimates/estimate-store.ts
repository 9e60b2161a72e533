/**
 * The estimates' figures of an app context, read through `ctx.repos.estimates` (kept-figures.ts:
 * the figures are kept in the context's memory for a few minutes).
 */
import type { AppContext } from '../context';
import type { WorkingTimeFigures } from './estimate';

/** The figures of a service at an authority, from memory while fresh. */
export async function workingTimeFigures(ctx: AppContext, serviceId: string, authorityId: string): Promise<WorkingTimeFigures | null> {
  return ctx.repos.estimates.figures(serviceId, authorityId, ctx.now().getTime());
}

/** Drops the kept figures of a service at an authority (a case of it was decided, cancelled or removed). */
export function dropFigures(ctx: AppContext, serviceId: string, authorityId: string): void {
  ctx.repos.estimates.dropFigures(serviceId, authorityId);
}
