/**
 * What goes wrong in a page during a walk, collected for the walk to require empty: script errors,
 * console messages that count, any CSP violation the console reports and, when asked, failed
 * responses.
 */
import type { ConsoleMessage, Page } from 'playwright-core';

export interface ProblemWatch {
  /** Console messages of these types count; default: errors. */
  consoleTypes?: ReadonlyArray<ReturnType<ConsoleMessage['type']>>;
  /** Console texts that count whatever their type, beside CSP reports (e.g. /EvalError/). */
  alsoCounts?: RegExp;
  /**
   * Responses of 400 and above count; the console's "Failed to load resource" for them then does
   * not count a second time.
   */
  failedResponses?: boolean;
}

const CSP_REPORT = /Content Security Policy/;

/** Adds what goes wrong in `page` to `problems` from now on, as `watch` says what counts. */
export function watchPageProblems(page: Page, problems: string[], watch: ProblemWatch = {}): void {
  const types: readonly string[] = watch.consoleTypes ?? ['error'];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    const counted = types.includes(msg.type()) && !(watch.failedResponses && msg.text().startsWith('Failed to load resource'));
    if (counted || CSP_REPORT.test(msg.text()) || watch.alsoCounts?.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  if (watch.failedResponses) {
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
    });
  }
}
