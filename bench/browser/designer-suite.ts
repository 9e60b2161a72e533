/**
 * The form designer in the browser (issue 5): one drag-and-drop move in a 300-element form, from
 * the drop to the first frame after the canvas shows it, beside the same move in a plain React
 * list of 300 items, and the designer's re-render without a model change; one Chromium run.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Figure } from '../lib/report';
import { median } from '../lib/stats';
import { openBenchPage } from './lib/bench-page';
import { launchBenchBrowser } from './lib/chromium';
import { serveDir } from './lib/static-server';
import { buildBenchPages } from './lib/vite-pages';
import type { ActionTiming, MovePageApi } from './pages/bench-api';

/** Medians of both parts of a set of timings. */
function medians(samples: ActionTiming[]): { toFrame: number; inEvent: number } {
  return { toFrame: median(samples.map((s) => s.toFrame)), inEvent: median(samples.map((s) => s.inEvent)) };
}

const MOVES = Number(process.env.BENCH_MOVES ?? 30);

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
        suite: 'designer', name: `drag-and-drop move + re-render, ${elements}-element form (median of ${MOVES})`, value: move.toFrame, unit: 'ms',
        goal: { op: '<=', value: 16 }, baseline,
        note: `of which in the drop event (model + React render): ${move.inEvent.toFixed(1)} ms, list ${listMove.inEvent.toFixed(1)} ms; designer first render ${designerMount.toFixed(0)} ms`,
      },
      {
        suite: 'designer', name: `re-render without a model change (median of ${MOVES})`, value: noop.toFrame, unit: 'ms',
        baseline: { name: 'plain list re-rendered unchanged', value: listNoop.toFrame },
        note: `of which in the event: ${noop.inEvent.toFixed(1)} ms, list ${listNoop.inEvent.toFixed(1)} ms`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(pages, { recursive: true, force: true });
  }
}
