/**
 * Which addresses a webhook endpoint may have. Deliveries are requests this server makes on an
 * admin's word, so an endpoint must not turn it into a tool against its own network: https only,
 * no credentials in the URL, and in production no loopback, private or link-local address. Outside
 * production a developer's receiver on this machine may use plain http (127.0.0.1, localhost).
 */
import { BlockList, isIP } from 'node:net';

export const MAX_URL_LENGTH = 2000;

/** Addresses no endpoint reaches in production: this machine, private networks, link-local, multicast. */
const LOCAL_ADDRESSES = (() => {
  const list = new BlockList();
  for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const)
    list.addSubnet(net, bits, 'ipv4');
  for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) list.addSubnet(net, bits, 'ipv6');
  return list;
})();

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether an IP address is on this machine or a local network (an IPv4-mapped IPv6 address by its IPv4 part). */
export function isLocalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return LOCAL_ADDRESSES.check(mapped[1], 'ipv4');
  const version = isIP(address);
  if (version === 0) return false;
  return LOCAL_ADDRESSES.check(address, version === 4 ? 'ipv4' : 'ipv6');
}

function hostAddress(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** A host name that can only mean this machine or the local network. */
function isLocalName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname.endsWith('.local') || hostname.endsWith('.internal');
}

/**
 * What is wrong with an endpoint's URL, in a sentence for the 422's field message, or null when
 * it may be used. `localTargets`: outside production (WebhookConfig).
 */
export function endpointUrlProblem(text: string, opts: { localTargets: boolean }): string | null {
  if (text.length > MAX_URL_LENGTH) return `Must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Must be a full URL such as https://asianhallinta.example.fi/kevyt/webhooks';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `Must use https, not ${url.protocol.replace(/:$/, '')}`;
  if (url.username !== '' || url.password !== '') return 'Must not carry a user name or password: the signature authenticates each delivery';
  if (url.hash !== '') return 'Must not have a fragment (#…)';
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:') {
    if (!opts.localTargets) return 'Must use https';
    if (!LOOPBACK_NAMES.has(host)) return 'Must use https (plain http only to 127.0.0.1 or localhost, outside production)';
    return null;
  }
  if (!opts.localTargets && (isLocalName(host) || isLocalAddress(hostAddress(host))))
    return 'Must not point at this machine, a private network or a link-local address';
  return null;
}
