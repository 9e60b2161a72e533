/**
 * A person's groups from their provider's groups source when the ID token had no room for them
 * (group-overage.ts): Microsoft Graph's POST /me/getMemberObjects, asked with the sign-in's access
 * token (the application needs the delegated permission to read the person's memberships). The
 * answer is `{ value: [group ids] }`, possibly continued by `@odata.nextLink`. Anything else, or no
 * answer in time, fails: the caller refuses the sign-in.
 */
import { isLoopback } from '../config';

/** A groups source that did not give the person's groups; `reason` is ours (for the audit log), never the source's own text. */
export class GroupsSourceFailed extends Error {
  constructor(readonly reason: string) {
    super(`groups source failed: ${reason}`);
  }
}

const TIMEOUT_MS = 10_000;
/** Graph pages its answer; a person in more groups than this many pages hold is refused rather than read forever. */
const MAX_PAGES = 20;

/** Whether `source` may be sent an access token: https, or http to this machine (the local stand-in). */
export function isSafeGroupsSource(source: string): boolean {
  const url = new URL(source);
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
}

function idsOf(body: unknown): { ids: string[]; next: string | null } | null {
  if (typeof body !== 'object' || body === null || !('value' in body) || !Array.isArray(body.value)) return null;
  const ids = body.value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  const link = '@odata.nextLink' in body && typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : null;
  return { ids, next: link };
}

export async function groupsFromSource(source: string, accessToken: string): Promise<string[]> {
  const groups: string[] = [];
  let url: string | null = source;
  for (let page = 0; url !== null; page++) {
    if (page >= MAX_PAGES) throw new GroupsSourceFailed('too many pages');
    // A next page is followed only on the same origin: the access token goes nowhere else.
    if (new URL(url).origin !== new URL(source).origin) throw new GroupsSourceFailed('next page on another origin');
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', accept: 'application/json' },
        // Every group, security-enabled or not: a mapping may name either kind.
        body: JSON.stringify({ securityEnabledOnly: false }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
    } catch {
      throw new GroupsSourceFailed('unreachable');
    }
    if (res.status !== 200) throw new GroupsSourceFailed(`status ${res.status}`);
    let answer: ReturnType<typeof idsOf>;
    try {
      answer = idsOf(await res.json());
    } catch {
      answer = null;
    }
    if (!answer) throw new GroupsSourceFailed('not a list of ids');
    groups.push(...answer.ids);
    url = answer.next;
  }
  return groups;
}
