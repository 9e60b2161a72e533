/**
 * The new-endpoint form's rules: what the admin typed (an address, a description, ticked events)
 * turned into the API's body, the problems the form sees itself, and the server's field problems
 * placed by the field they concern. The server checks the address's rules (webhooks/endpoint-url.ts).
 */
import type { FieldProblem } from '../../api-contract';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../api-contract/webhook-event-types';
import type { NewWebhookEndpoint } from './api';

export { WEBHOOK_EVENT_TYPES, type WebhookEventType };

export interface EndpointDraft {
  url: string;
  description: string;
  events: readonly WebhookEventType[];
}

export type EndpointField = 'url' | 'description' | 'events';

export type EndpointProblem =
  | { field: 'url' | 'events'; code: 'required' }
  /** What the form sees of the address itself; the server also checks where it points. */
  | { field: 'url'; code: 'invalid' | 'scheme' | 'credentials' }
  | { field: EndpointField; code: 'server'; message: string };

/** The address's problems a browser can see: not a URL, not http(s), credentials in it. */
export function urlProblem(text: string): 'invalid' | 'scheme' | 'credentials' | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (url.username !== '' || url.password !== '') return 'credentials';
  return null;
}

/** A new case is what most systems want first. */
export const EMPTY_ENDPOINT: EndpointDraft = { url: '', description: '', events: ['case.submitted'] };

export function endpointProblems(draft: EndpointDraft): EndpointProblem[] {
  const problems: EndpointProblem[] = [];
  const url = draft.url.trim() === '' ? 'required' : urlProblem(draft.url);
  if (url !== null) problems.push({ field: 'url', code: url });
  if (draft.events.length === 0) problems.push({ field: 'events', code: 'required' });
  return problems;
}

/** The API's body for a draft without problems: the events in their usual order. */
export function newEndpointBody(draft: EndpointDraft): NewWebhookEndpoint {
  const description = draft.description.trim();
  return {
    url: draft.url.trim(),
    ...(description !== '' ? { description } : {}),
    events: WEBHOOK_EVENT_TYPES.filter((e) => draft.events.includes(e)),
  };
}

/** The server's field problems (`url`, `events.0`, …) placed by the form field they concern. */
export function serverEndpointProblems(fields: readonly FieldProblem[]): EndpointProblem[] {
  return fields.map((f): EndpointProblem => {
    if (/^\/?events/.test(f.path)) return { field: 'events', code: 'server', message: f.message };
    if (/^\/?description/.test(f.path)) return { field: 'description', code: 'server', message: f.message };
    return { field: 'url', code: 'server', message: f.message };
  });
}

