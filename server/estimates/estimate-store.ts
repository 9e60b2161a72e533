/**
 * The estimates' repository for a context, made once per database connection, and the figures
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
 * late.
 */
import type { AppContext } from '../context';
import type { Sqlite } from '../db/connection';
import type { WorkingTimeFigures } from './estimate';
import { figuresFromRepository } from './figures-read';
import type { EstimateRepository } from './estimate-repository';
import { createSqliteEstimateRepository } from './sqlite-estimate-repository';

const FIGURES_KEPT_MS = 5 * 60_000;

interface Kept {
  until: number;
  figures: WorkingTimeFigures | null;
}

interface Store {
  repository: EstimateRepository;
  kept: Map<string, Kept>;
}

const stores = new WeakMap<Sqlite, Store>();

function storeOf(ctx: AppContext): Store {
  let store = stores.get(ctx.sqlite);
  if (!store) {
    store = { repository: createSqliteEstimateRepository(ctx.sqlite), kept: new Map() };
    stores.set(ctx.sqlite, store);
  }
  return store;
}

function key(serviceId: string, authorityId: string): string {
  return `${authorityId}\u0000${serviceId}`;
}

export function estimateRepository(ctx: AppContext): EstimateRepository {
  return storeOf(ctx).repository;
}

/** The figures of a service at an authority, from memory while fresh. */
export function workingTimeFigures(ctx: AppContext, serviceId: string, authorityId: string): WorkingTimeFigures | null {
  const store = storeOf(ctx);
  const now = ctx.now().getTime();
  const k = key(serviceId, authorityId);
  const kept = store.kept.get(k);
  if (kept && kept.until > now) return kept.figures;
  const figures = figuresFromRepository(store.repository, serviceId, authorityId);
  store.kept.set(k, { until: now + FIGURES_KEPT_MS, figures });
  return figures;
}

/** Drops the kept figures of a service at an authority (a case of it was decided, cancelled or removed). */
export function dropFigures(ctx: AppContext, serviceId: string, authorityId: string): void {
  storeOf(ctx).kept.delete(key(serviceId, authorityId));
}
