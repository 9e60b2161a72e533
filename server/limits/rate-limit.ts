/**
 * Rate limits over a counter store (counter-store.ts): each rule counts something (requests,
 * failed attempts, bytes) per client address, e-mail address or person in a fixed window, and a
 * request past the limit is answered 429 with Retry-After. Addresses on the allow-list (config
 * `rateLimitAllow`, e.g. a load test's own machine or a trusted proxy's health checks) are never
 * counted.
 */
import { BlockList, isIPv6 } from 'node:net';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { AppContext } from '../context';
import { rateLimited } from '../http/errors';
import type { CounterStore } from './counter-store';

export interface LimitRule {
  /** Names the counter (keys are `<name>:<who>`). */
  name: string;
  limit: number;
  windowMs: number;
  /** The 429's message: what was limited and what to do. */
  message: string;
}

export interface Limiter {
  readonly rule: LimitRule;
  /** Counts `amount` for `who`; 429 when that takes the count past the limit. */
  take(who: string, amount?: number): Promise<void>;
  /** 429 when `amount` more would take `who` past the limit; counts nothing. */
  check(who: string, amount?: number): Promise<void>;
  /** Counts `amount` for `who` whatever the count (e.g. a failed sign-in, after its answer is known). */
  count(who: string, amount?: number): Promise<void>;
}

function retryAfterSeconds(windowEnds: number, now: number): number {
  return Math.max(1, Math.ceil((windowEnds - now) / 1000));
}

export function limiter(store: CounterStore, rule: LimitRule, clock: () => Date): Limiter {
  const keyOf = (who: string) => `${rule.name}:${who}`;
  return {
    rule,
    async take(who, amount = 1) {
      const now = clock().getTime();
      const { count, windowEnds } = await store.add(keyOf(who), amount, rule.windowMs, now);
      if (count > rule.limit) throw rateLimited(rule.message, retryAfterSeconds(windowEnds, now));
    },
    async check(who, amount = 1) {
      const now = clock().getTime();
      const { count, windowEnds } = await store.peek(keyOf(who), now);
      if (count + amount > rule.limit) throw rateLimited(rule.message, retryAfterSeconds(windowEnds, now));
    },
    async count(who, amount = 1) {
      await store.add(keyOf(who), amount, rule.windowMs, clock().getTime());
    },
  };
}

/** The counter store of the app's database. */
export function counterStoreOf(ctx: AppContext): CounterStore {
  return ctx.repos.counters;
}

/** A limiter of `rule` on the app's counter store and clock. */
export function appLimiter(ctx: AppContext, rule: LimitRule): Limiter {
  return limiter(counterStoreOf(ctx), rule, () => ctx.now());
}

/** The address a request is counted under: IPv4 as it is, IPv6 by its /56 network (one customer's whole allocation). */
export function clientAddress(req: Request): string {
  return ipKeyGenerator(req.ip ?? '');
}

/** Whether a request comes from an address on the allow-list (single addresses or CIDR ranges). */
export function allowListOf(entries: readonly string[]): (req: Request) => boolean {
  if (entries.length === 0) return () => false;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  // BlockList.check builds a SocketAddress per call, and a send asks several limits; the answer for
  // an address never changes, so it is kept (for a bounded number of addresses).
  const answers = new Map<string, boolean>();
  return (req) => {
    const ip = (req.ip ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
    if (ip === '') return false;
    let allowed = answers.get(ip);
    if (allowed === undefined) {
      allowed = list.check(ip, isIPv6(ip) ? 'ipv6' : 'ipv4');
      if (answers.size >= 10_000) answers.clear();
      answers.set(ip, allowed);
    }
    return allowed;
  };
}

export interface LimitRequestsOptions {
  /** Who is counted; null skips the rule for this request. */
  who: (req: Request) => string | null;
  /**
   * Count only failed requests (answers of 400 and above, e.g. wrong passwords). Each request is
   * counted before it runs, so attempts sent all at once are limited too, and given back once it
   * succeeded.
   */
  failuresOnly?: boolean;
}

/** Middleware: a request past `limiter`'s limit is answered 429; allow-listed addresses pass uncounted. */
export function limitRequests(ctx: AppContext, limit: Limiter, opts: LimitRequestsOptions): RequestHandler {
  const allowed = allowListOf(ctx.config.rateLimitAllow);
  return (req, res, next) => {
    const who = allowed(req) ? null : opts.who(req);
    if (who === null) return next();
    limit.take(who).then(() => {
      if (opts.failuresOnly)
        res.on('finish', () => {
          if (res.statusCode < 400) limit.count(who, -1).catch(() => {});
        });
      next();
    }, next);
  };
}
