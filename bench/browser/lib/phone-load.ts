/**
 * One page load as a mid-range phone on a slow mobile connection meets it: Chromium's CPU slowed
 * 4× (`Emulation.setCPUThrottlingRate`) and its network held to 150 ms round trip, 1.6 Mbit/s down
 * and 750 kbit/s up (`Network.emulateNetworkConditions`), a phone's screen. Timed in the page from
 * the start of the navigation (`performance.now()`, whose origin is the navigation's start) to the
 * end of the first frame that shows a field, enabled and laid out: a requestAnimationFrame
 * callback, then a message task after that frame (bench/README.md). The bytes are what the page
 * received over the (emulated) network, headers included; answers from the cache count nothing.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export const PHONE_PROFILE = { cpuSlowdown: 4, latencyMs: 150, downKbitPerS: 1600, upKbitPerS: 750 } as const;

/** A phone's screen (412 × 823 CSS px at 1.75 device pixels each, the size Lighthouse's mobile run uses). */
export function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'fi-FI' });
}

export interface PhoneLoad {
  /** Navigation start to the end of the first frame showing the field. */
  shownMs: number;
  /** Bytes received over the network for the whole load (until the network was quiet). */
  bytes: number;
  /** Requests that went to the network (not answered by the cache). */
  requests: number;
}

declare global {
  interface Window {
    kevytPhone?: { shownAt?: number };
  }
}

/**
 * Runs in the page before its own scripts (an init script, which the page's CSP does not govern):
 * once `selector` is in the DOM, checks each frame whether it is shown (enabled, laid out, not
 * hidden) and records the end of the first frame that shows it in `window.kevytPhone.shownAt`.
 * Written as source text: a function handed over by reference would be serialized from tsx's
 * transform, which wraps named functions in a helper the page does not have.
 */
function fieldWatcher(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const state = {};
  window.kevytPhone = state;
  const shown = () => {
    const el = document.querySelector(selector);
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) return false;
    if (el.disabled || el.readOnly) return false;
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const markFrame = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (shown()) state.shownAt = performance.now();
      else markFrame();
    };
    channel.port2.postMessage(null);
  });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    markFrame();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

async function emulatePhone(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: (PHONE_PROFILE.downKbitPerS * 1000) / 8,
    uploadThroughput: (PHONE_PROFILE.upKbitPerS * 1000) / 8,
  });
}

/** Counts what the page received over the network, and tells when nothing is in flight. */
function trackNetwork(cdp: CDPSession) {
  const inFlight = new Set<string>();
  let bytes = 0;
  let requests = 0;
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    inFlight.add(e.requestId);
    lastChange = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    if (!e.response.fromDiskCache && !e.response.fromPrefetchCache && !e.response.fromServiceWorker) requests += 1;
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    inFlight.delete(e.requestId);
    lastChange = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    inFlight.delete(e.requestId);
    lastChange = Date.now();
  });
  return {
    totals: () => ({ bytes, requests }),
    async quiet(forMs = 750, timeoutMs = 20_000): Promise<void> {
      const start = Date.now();
      while (inFlight.size > 0 || Date.now() - lastChange < forMs) {
        if (Date.now() - start > timeoutMs) throw new Error(`the network never went quiet (${inFlight.size} request(s) in flight)`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/**
 * Opens `url` in a new tab of `context` (a fresh context is a cold cache; a second tab of the same
 * one is the second visit) and waits until `selector` is shown; then types into it to check that
 * it takes input. Fails on any page error or CSP report.
 */
export async function phoneLoad(context: BrowserContext, url: string, selector: string): Promise<PhoneLoad> {
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  try {
    await emulatePhone(cdp);
    const network = trackNetwork(cdp);
    // Each visit starts without a draft: what the previous one typed is not restored.
    await page.addInitScript({ content: 'localStorage.clear();' });
    await page.addInitScript({ content: fieldWatcher(selector) });
    await page.goto(url, { waitUntil: 'commit' });
    // Polled every 100 ms, not every frame: the check must not take the slowed CPU from the page.
    await page.waitForFunction(() => window.kevytPhone?.shownAt !== undefined, undefined, { polling: 100, timeout: 60_000 });
    const shownMs = await page.evaluate(() => window.kevytPhone?.shownAt ?? Number.NaN);
    await network.quiet();
    const field = page.locator(selector);
    await field.pressSequentially('Ka');
    const typed = await field.inputValue();
    if (typed !== 'Ka') throw new Error(`${url}: typing "Ka" into ${selector} left "${typed}"`);
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    return { shownMs, ...network.totals() };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
