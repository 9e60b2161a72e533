/**
 * The form designer in the browser (issue 5): one drag-and-drop move in a 300-element form by a
 * real mouse through dnd-kit, from the pointerup to the first frame after the canvas shows it (the
 * goal's figure), the same move through the drop's code path alone, both beside the same move in
 * a plain React list of 300 items, and the designer's re-render without a model change; one
 * Chromium run.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Figure } from '../lib/report';
import { median } from '../lib/stats';
import { openBenchPage } from './lib/bench-page';
import { launchBenchBrowser } from './lib/chromium';
import { serveDir } from './lib/static-server';
import { buildBenchPages } from './lib/vite-pages';
import type { ActionTiming, DesignerPageApi, MovePageApi } from './pages/bench-api';

/** Medians of both parts of a set of timings. */
function medians(samples: ActionTiming[]): { toFrame: number; toCommit: number } {
  return { toFrame: median(samples.map((s) => s.toFrame)), toCommit: median(samples.map((s) => s.toCommit)) };
}

const MOVES = Number(process.env.BENCH_MOVES ?? 30);
const POINTER_DROPS = Number(process.env.BENCH_POINTER_DROPS ?? 20);

/**
 * Real drags with the mouse: a loose field near the top of the first page dragged by its handle
 * onto the lower half of the next one and dropped. Returns the timings of the drops that moved it.
 */
async function pointerDrops(page: Page, count: number): Promise<{ times: ActionTiming[]; attempted: number }> {
  const times: ActionTiming[] = [];
  for (let i = 0; i < count; i++) {
    const boxes = await page.evaluate((n) => {
      const loose = [...document.querySelectorAll<HTMLElement>('li[data-element-id]')].filter(
        (li) => li.parentElement?.closest('[data-container]')?.getAttribute('data-container') === 'page-1' && !li.querySelector('[data-container]'),
      );
      const source = loose[n % 6];
      const target = loose[(n % 6) + 1];
      source.scrollIntoView({ block: 'center' });
      const handle = source.querySelector('.ce-handle')!.getBoundingClientRect();
      const over = target.getBoundingClientRect();
      return { hx: handle.x + handle.width / 2, hy: handle.y + handle.height / 2, tx: over.x + over.width / 2, ty: over.bottom - 4 };
    }, i);
    await page.mouse.move(boxes.hx, boxes.hy);
    await page.mouse.down();
    await page.mouse.move(boxes.hx, boxes.hy + 10, { steps: 2 });
    await page.mouse.move(boxes.tx, boxes.ty, { steps: 6 });
    await page.waitForTimeout(100);
    await page.mouse.move(boxes.tx, boxes.ty + 1);
    await page.waitForTimeout(100);
    await page.evaluate(() => (window.kevytBench as DesignerPageApi).armPointerDrop());
    await page.mouse.up();
    const timing = await page.evaluate(() => (window.kevytBench as DesignerPageApi).pointerDrop());
    if (timing !== null) times.push(timing);
    await page.waitForTimeout(100);
  }
  return { times, attempted: count };
}

function moveApi(page: Page) {
  return {
    mount: () => page.evaluate(() => (window.kevytBench as MovePageApi).mount()),
    moves: (n: number) => page.evaluate((count) => (window.kevytBench as MovePageApi).moves(count), n),
    noops: (n: number) => page.evaluate((count) => (window.kevytBench as MovePageApi).noops(count), n),
    itemCount: () => page.evaluate(() => (window.kevytBench as MovePageApi).itemCount()),
  };
}

export async function run(): Promise<Figure[]> {
  const pages = await buildBenchPages(['designer', 'plain-list']);
  const server = await serveDir(pages);
  const browser = await launchBenchBrowser();
  try {
    const designerPage = await openBenchPage(browser, server.url, 'designer');
    const designer = moveApi(designerPage);
    const designerMount = await designer.mount();
    const elements = await designer.itemCount();
    const move = medians(await designer.moves(MOVES));
    const noop = medians(await designer.noops(MOVES));
    const drops = await pointerDrops(designerPage, POINTER_DROPS);
    const drop = medians(drops.times);
    await designerPage.close();

    const listPage = await openBenchPage(browser, server.url, 'plain-list');
    const list = moveApi(listPage);
    await list.mount();
    const listMove = medians(await list.moves(MOVES));
    const listNoop = medians(await list.noops(MOVES));
    await listPage.close();

    const baseline = { name: 'plain React list of 300 items, one moved', value: listMove.toFrame };
    return [
      {
        suite: 'designer', name: `drag-and-drop move by mouse through dnd-kit + re-render, ${elements}-element form (median of ${drops.times.length} of ${drops.attempted} drops)`,
        value: drop.toFrame, unit: 'ms', goal: { op: '<=', value: 16 }, baseline,
        note: `from pointerup to the first frame showing the moved element; of which to React's commit (dnd-kit's drop, model, render): ${drop.toCommit.toFixed(1)} ms, list ${listMove.toCommit.toFixed(1)} ms`,
      },
      {
        suite: 'designer', name: `move through the drop's code path + re-render (median of ${MOVES})`, value: move.toFrame, unit: 'ms', baseline,
        note: `dropPosition + dispatch, without dnd-kit; of which to React's commit: ${move.toCommit.toFixed(1)} ms, list ${listMove.toCommit.toFixed(1)} ms; designer first render ${designerMount.toFixed(0)} ms`,
      },
      {
        suite: 'designer', name: `re-render without a model change (median of ${MOVES})`, value: noop.toFrame, unit: 'ms',
        baseline: { name: 'plain list re-rendered unchanged', value: listNoop.toFrame },
        note: `of which to React's commit: ${noop.toCommit.toFixed(1)} ms, list ${listNoop.toCommit.toFixed(1)} ms`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(pages, { recursive: true, force: true });
  }
}
