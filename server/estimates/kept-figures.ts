/**
 * The estimates' store of one app context (`ctx.repos.estimates`): its repository, and the figures
 * read from it kept in memory for a few minutes.
 *
 * Why a table written at decision time and not a computation over the cases on demand: the
 * working time needs each case's whole status history and its workflow (which statuses wait for
 * the customer), too much to recompute for 1,000,000 submissions at every read. Each case's time is
 * computed once, when it is decided (case-times.ts), and kept in processing_times; an estimate is
 * then a count and two rank reads on that table's covering index (service, authority, working
 * time): no submission or history row is read, and a service with 100,000 decided cases at one
 * authority takes about 30 ms on a small two-core machine (1,000,000 rows in the table). The
 * figures are also kept here for five minutes, because the offering's form, the desk's case and
 * the admin's list all ask for them often; a decision or cancellation through this server drops
 * that service's figures at once, so only another instance's changes are seen up to five minutes
 * late. The memory is the context's own (made with its repositories), never a module's.
 */
import type { WorkingTimeFigures } from './estimate';
import type { EstimateRepository } from './estimate-repository';
import { figuresFromRepository } from './figures-read';

const FIGURES_KEPT_MS = 5 * 60_000;

export interface EstimateStore extends EstimateRepository {
  /** The figures of a service at an authority, from memory while fresh at `nowMs`. */
  figures(serviceId: string, authorityId: string, nowMs: number): Promise<WorkingTimeFigures | null>;
  /** Drops the kept figures of a service at an authority (a case of it was decided, cancelled or removed). */
  dropFigures(serviceId: string, authorityId: string): void;
}

interface Kept {
  until: number;
  figures: WorkingTimeFigures | null;
}

function key(serviceId: string, authorityId: string): string {
  return `${authorityId}\u0000${serviceId}`;
}

/** The repository with a memory of the figures read from it. */
export function keepingFigures(repository: EstimateRepository): EstimateStore {
  const kept = new Map<string, Kept>();
  return {
    ...repository,
    async figures(serviceId, authorityId, nowMs) {
      const k = key(serviceId, authorityId);
      const fresh = kept.get(k);
      if (fresh && fresh.until > nowMs) return fresh.figures;
      const figures = await figuresFromRepository(repository, serviceId, authorityId);
      kept.set(k, { until: nowMs + FIGURES_KEPT_MS, figures });
      return figures;
    },
    dropFigures(serviceId, authorityId) {
      kept.delete(key(serviceId, authorityId));
    },
  };
}
