/**
 * In-page timing for the browser benchmarks: an action's time runs from just before it starts to
 * the end of the first frame after its effect is visible (a requestAnimationFrame callback, then a
 * message task, which runs after that frame's style, layout and paint).
 */

export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });
}

/** Milliseconds from `start` to the end of the first frame in which `done()` holds (checked each frame). */
export async function frameAfter(start: number, done: () => boolean, timeoutMs = 10_000): Promise<number> {
  for (;;) {
    const ok = done();
    await afterNextFrame();
    if (ok) return performance.now() - start;
    if (performance.now() - start > timeoutMs) throw new Error('the page never showed the change');
  }
}

/**
 * Headless Chromium, even with the unthrottled-frame flags, starts a frame no sooner than about
 * 16.7 ms after the previous one. An action started right after a frame therefore waits out that
 * whole interval, which is the pacing of a frame that just happened, not the cost of the action.
 * A key or a drop from a person lands while the browser is idle, long after its last frame.
 */
const IDLE_AFTER_FRAME_MS = 25;

/**
 * Lets the page settle (pending renders, effects, deferred work) between two measured actions,
 * and leaves it idle as a person's next action finds it: no frame pending, the last one over
 * {@link IDLE_AFTER_FRAME_MS} ago.
 */
export async function settle(): Promise<void> {
  await afterNextFrame();
  await new Promise((r) => setTimeout(r, 30));
  await afterNextFrame();
  await new Promise((r) => setTimeout(r, IDLE_AFTER_FRAME_MS));
}

/**
 * One keystroke as the browser delivers it to a text input: keydown, then the value changed with
 * the native setter (so React's value tracker sees a real change) and input. Keyup comes apart
 * (`releaseKey`), as it does from a real keyboard, long after the frame.
 */
export function pressKey(input: HTMLInputElement | HTMLTextAreaElement, key: string): void {
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, input.value + key);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, data: key, inputType: 'insertText' }));
}

export function releaseKey(input: HTMLInputElement | HTMLTextAreaElement, key: string): void {
  input.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
}

/**
 * Ms from `start` to after the microtasks queued so far: React flushes the synchronous (discrete
 * event) render and commit in a microtask it queues during the event, so this is handlers + render
 * + commit, before the browser's style, layout and paint.
 */
export async function afterCommit(start: number): Promise<number> {
  await Promise.resolve();
  return performance.now() - start;
}
