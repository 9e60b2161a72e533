/**
 * The customer's first visit on a mid-range phone over a slow mobile connection (issue 13): the
 * real server in its own process serving the apps as `npm run build` builds them, loaded in
 * Chromium with the CPU slowed 4× and the network at 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
 * up (lib/phone-load.ts). Each figure is the median (and p90) of fresh loads, cold cache unless
 * said, beside the floor: the same page saved as static HTML with the same fields and CSS and no
 * JavaScript (lib/floor-pages.ts), served by the same server in the same run.
 *
 *   (a) the home page until its municipality field is shown;
 *   (b) Helsinki's notification of temporary food sales until the form's first field is shown and
 *       takes input;
 *   (c) the same form on a second visit, in a new tab of the same browser (warm cache).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/support/browser';
import { startChildServer, type ChildServer } from '../lib/child-server';
import type { Figure } from '../lib/report';
import { median, percentile } from '../lib/stats';
import { saveFloorPage, type FloorPage } from './lib/floor-pages';
import { newPhoneContext, PHONE_PROFILE, phoneLoad, type PhoneLoad } from './lib/phone-load';
import { buildApps } from './lib/vite-pages';

const LOADS = Number(process.env.BENCH_PHONE_LOADS ?? 11);
const SERVICE_ID = 'temporary-food-sales';
const MUNICIPALITY = '091';

type Scenario = 'home' | 'homeFloor' | 'service' | 'serviceFloor' | 'serviceWarm' | 'serviceFloorWarm';

function startKevyt(dbDir: string, distDir: string): Promise<ChildServer> {
  // Plain http on 127.0.0.1: cookies without Secure, as a developer's `npm start` sends them.
  return startChildServer('bench/servers/kevyt-server.ts', [join(dbDir, 'kevyt.db'), join(dbDir, 'files')], { DIST_DIR: distDir, COOKIE_SECURE: 'false' });
}

async function deploymentOf(serverUrl: string): Promise<number> {
  const res = await fetch(`${serverUrl}/api/offering?municipality=${MUNICIPALITY}&lang=fi`);
  const offering = (await res.json()) as { services: Array<{ deploymentId: number; serviceId: string }> };
  const found = offering.services.find((s) => s.serviceId === SERVICE_ID);
  if (!found) throw new Error(`${SERVICE_ID} is not offered in ${MUNICIPALITY}`);
  return found.deploymentId;
}

const kb = (bytes: number) => bytes / 1000;

export async function run(): Promise<Figure[]> {
  const apps = await buildApps();
  const dbDir = mkdtempSync(join(tmpdir(), 'kevyt-bench-phone-'));
  // The tests' Chromium flags, frames at the screen's pace (no unthrottled-frame flags: a load is
  // measured in seconds, and a phone draws at 60 Hz).
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  let server: ChildServer | undefined;
  try {
    // First start seeds the demo database; the floor pages are saved from what it serves.
    server = await startKevyt(dbDir, apps);
    const servicePath = `/fi/asioi/${MUNICIPALITY}/palvelu/${await deploymentOf(server.url)}`;
    const homeFloor = await saveFloorPage(browser, `${server.url}/fi`, apps, 'home', '#root_municipality');
    const firstTextField = 'form :is(input:not([type=hidden], [type=radio], [type=checkbox], [type=file]), textarea)';
    const serviceFloor = await saveFloorPage(browser, `${server.url}${servicePath}`, apps, 'service', firstTextField);
    // Started again on the same database, so its static files include the floor's compressed siblings.
    await server.stop();
    server = await startKevyt(dbDir, apps);
    const base = server.url;

    const samples: Record<Scenario, PhoneLoad[]> = { home: [], homeFloor: [], service: [], serviceFloor: [], serviceWarm: [], serviceFloorWarm: [] };
    const cold = async (scenario: Scenario, path: string, floor: FloorPage) => {
      const context = await newPhoneContext(browser);
      try {
        samples[scenario].push(await phoneLoad(context, base + path, floor.selector));
      } finally {
        await context.close();
      }
    };
    const twice = async (first: Scenario, second: Scenario, path: string, floor: FloorPage) => {
      const context = await newPhoneContext(browser);
      try {
        samples[first].push(await phoneLoad(context, base + path, floor.selector));
        samples[second].push(await phoneLoad(context, base + path, floor.selector));
      } finally {
        await context.close();
      }
    };
    const rounds: Array<() => Promise<void>> = [
      () => cold('home', '/fi', homeFloor),
      () => cold('homeFloor', homeFloor.path, homeFloor),
      () => twice('service', 'serviceWarm', servicePath, serviceFloor),
      () => twice('serviceFloor', 'serviceFloorWarm', serviceFloor.path, serviceFloor),
    ];
    for (let i = 0; i < LOADS; i++) {
      // Alternating, and in turned order every other round, so a neighbour's burst of load on
      // this shared machine does not fall on one side only.
      for (const round of i % 2 ? [...rounds].reverse() : rounds) await round();
    }

    const at = (s: Scenario, p: number) => percentile(samples[s].map((l) => l.shownMs), p);
    const bytes = (s: Scenario) => median(samples[s].map((l) => l.bytes));
    const requests = (s: Scenario) => median(samples[s].map((l) => l.requests));
    const traffic = (app: Scenario, floor: Scenario) =>
      `transferred (median): Kevyt ${kb(bytes(app)).toFixed(1)} kB in ${requests(app)} requests, floor ${kb(bytes(floor)).toFixed(1)} kB in ${requests(floor)}`;
    const profile = `CPU ${PHONE_PROFILE.cpuSlowdown}× slower, ${PHONE_PROFILE.latencyMs} ms latency, ${PHONE_PROFILE.downKbitPerS / 1000} Mbit/s down, ${PHONE_PROFILE.upKbitPerS} kbit/s up`;
    const row = (name: string, app: Scenario, floor: Scenario, p: 50 | 90, extra: Partial<Figure> = {}, note = ''): Figure => ({
      suite: 'phone',
      name: `${name}, ${p === 50 ? 'median' : 'p90'} of ${LOADS}`,
      value: at(app, p),
      unit: 'ms',
      baseline: { name: 'floor: the same page as static HTML, same CSS, no JavaScript', value: at(floor, p) },
      ...extra,
      ...(note ? { note } : {}),
    });

    return [
      row(`(a) home page, municipality field shown (cold cache)`, 'home', 'homeFloor', 50, {}, `${profile}; ${traffic('home', 'homeFloor')}`),
      row(`(a) home page, municipality field shown (cold cache)`, 'home', 'homeFloor', 90),
      row(`(b) food-sales notification (Helsinki), first field "${serviceFloor.label}" shown and typeable (cold cache)`, 'service', 'serviceFloor', 50,
        { goal: { op: '<=', value: 2500 }, ratioGoal: { op: '<=', value: 2 } },
        `goal ≤ 2.5 s from the issue; ratio goal ≤ 2 × the floor is the aim beyond it; ${traffic('service', 'serviceFloor')}`),
      row(`(b) food-sales notification, first field shown and typeable (cold cache)`, 'service', 'serviceFloor', 90),
      row(`(c) the same form on a second visit (warm cache)`, 'serviceWarm', 'serviceFloorWarm', 50, { goal: { op: '<=', value: 1000 } },
        `a new tab of the same browser; ${traffic('serviceWarm', 'serviceFloorWarm')}`),
      row(`(c) the same form on a second visit (warm cache)`, 'serviceWarm', 'serviceFloorWarm', 90),
      {
        suite: 'phone', name: '(b) bytes transferred, cold cache (median)', value: kb(bytes('service')), unit: 'kB',
        baseline: { name: 'floor', value: kb(bytes('serviceFloor')) },
      },
    ];
  } finally {
    await browser.close();
    await server?.stop();
    rmSync(dbDir, { recursive: true, force: true });
    rmSync(apps, { recursive: true, force: true });
  }
}
