/**
 * The Standard Webhooks headers of one attempt, signed with the specification's own library:
 * `webhook-id` (the message, the same on every retry), `webhook-timestamp` (this attempt, in
 * seconds) and `webhook-signature`, one `v1,…` per valid secret separated by spaces.
 */
import { Webhook } from 'standardwebhooks';

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export function signedHeaders(msgId: string, at: Date, payload: string, secrets: readonly string[]): SignedHeaders {
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(msgId, at, payload)).join(' '),
  };
}
