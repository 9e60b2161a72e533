/**
 * The floor a page load is compared with: the page the app showed, saved as static HTML (its
 * scripts and preloads taken out, its stylesheets kept), so it has the same fields and the same CSS
 * and needs no JavaScript at all. Written into the built apps' folder with brotli and gzip
 * siblings, as the build writes the assets, so the same server sends it the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FloorPage {
  /** Path on the server, e.g. /floor/service.html. */
  path: string;
  /** The field the load is timed to, as a CSS selector (the same in the app and the floor). */
  selector: string;
  /** The field's label, for the report. */
  label: string;
}

/**
 * Opens `url` (unthrottled), waits for the field `pick` chooses, and writes what is on screen to
 * `<distDir>/floor/<name>.html`.
 */
export async function saveFloorPage(browser: Browser, url: string, distDir: string, name: string, pick: string): Promise<FloorPage> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const field = page.locator(pick).first();
    await field.waitFor({ timeout: 30_000 });
    const id = await field.getAttribute('id');
    if (!id) throw new Error(`${url}: the field ${pick} has no id to find it by`);
    const label = (await page.locator(`label[for="${id}"]`).first().textContent())?.trim() ?? id;
    // The layout must have settled (fonts, late data such as the topics) before it is saved.
    await page.waitForLoadState('networkidle');
    const html = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true) as HTMLElement;
      for (const node of root.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')) node.remove();
      return `<!doctype html>\n${root.outerHTML}`;
    });
    const dir = join(distDir, 'floor');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.html`);
    const body = Buffer.from(html);
    writeFileSync(file, body);
    writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    return { path: `/floor/${name}.html`, selector: `[id="${id}"]`, label };
  } finally {
    await context.close();
  }
}
