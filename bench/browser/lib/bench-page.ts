/** Opens a built bench page in the bench browser, failing loudly on any page error. */
import type { Browser, Page } from 'playwright-core';

export async function openBenchPage(browser: Browser, baseUrl: string, name: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${baseUrl}/${name}.html`);
  await page.waitForFunction(() => window.kevytBench !== undefined, undefined, { timeout: 30_000 }).catch(() => {
    throw new Error(`${name}.html did not start: ${errors.join('; ') || 'no kevytBench in the page'}`);
  });
  return page;
}
