/**
 * One POST of a delivery to its endpoint: a hard time limit, no redirects followed, the answer's
 * body drained unread. In production the address a host name resolves to is checked again as it
 * is connected to, so a name that points at this machine or a private network (DNS rebinding)
 * is refused as the URL itself would be (endpoint-url.ts).
 */
import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isLocalAddress } from './endpoint-url';

export type PostOutcome = { statusCode: number; error: null } | { statusCode: null; error: string };

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const local = addresses.find((a) => isLocalAddress(a.address));
    if (local) return callback(Object.assign(new Error(`${hostname} resolves to a local address (${local.address})`), { code: 'ELOCALADDRESS' }), '', 0);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
    callback(null, first.address, first.family);
  });
};

export function postWebhook(url: string, headers: Record<string, string>, body: string, opts: { timeoutMs: number; localTargets: boolean }): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Kevyt-Webhooks/1' },
        ...(opts.localTargets ? {} : { lookup: publicOnlyLookup }),
      },
      (res) => {
        res.resume();
        res.on('error', () => {});
        settle({ statusCode: res.statusCode ?? 0, error: null });
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`No answer within ${Math.round(opts.timeoutMs / 1000)} s`)), opts.timeoutMs);
    req.on('error', (err) => settle({ statusCode: null, error: err.message.slice(0, 500) || 'Connection failed' }));
    req.end(body);
  });
}
