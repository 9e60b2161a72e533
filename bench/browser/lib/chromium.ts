/**
 * The benchmarks' Chromium: the test suite's binary and flags, plus two that let frames run as
 * soon as the page is ready instead of on a 60 Hz clock. Without them every figure measured to
 * "the next frame" would be rounded up to the vsync tick, hiding differences below 16.7 ms.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../test/support/browser';

export const UNTHROTTLED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...UNTHROTTLED_FRAMES] });
}
