/** Opens a built bench page in the bench browser, failing loudly on any page error. */
import type { Browser, Page } from 'playwright-core';

/**
 * Pages are opened with reduced motion: with the unthrottled-frame flags a running CSS animation
 * (the customer app's loading spinner) would be drawn as fast as the machine allows, taking CPU
 * from what is measured; at a screen's 60 Hz it costs next to nothing.
 */
export async function openBenchPage(browser: Browser, baseUrl: string, name: string, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${baseUrl}/${name}.html${query && `?${query}`}`);
  await page.waitForFunction(() => window.kevytBench !== undefined, undefined, { timeout: 30_000 }).catch(() => {
    throw new Error(`${name}.html did not start: ${errors.join('; ') || 'no kevytBench in the page'}`);
  });
  return page;
}
