/**
 * The frame of a browser walk: a real server and Chromium started before the file's tests and both
 * closed after them. `walk.server` and `walk.browser` are there once the tests run.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startTestServer, type TestServer } from './server';

export interface BrowserWalk {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** Registers the walk's start and end with vitest; `start` gives the server (the plain test server by default). */
export function browserWalk(start: () => Promise<TestServer> = startTestServer): BrowserWalk {
  const running: { server?: TestServer; browser?: Browser } = {};
  beforeAll(async () => {
    running.server = await start();
    running.browser = await launchBrowser();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return {
    get server() {
      if (!running.server) throw new Error('the walk’s server is not started yet');
      return running.server;
    },
    get browser() {
      if (!running.browser) throw new Error('the walk’s browser is not started yet');
      return running.browser;
    },
  };
}
