/**
 * Development aid: without SMTP an alert is only 'kept' in the outbox, so a developer could never
 * read a customer's sign-in code. Outside production the server prints each newly kept alert as
 * one console line. It polls the outbox for new rows rather than hooking the insert, so sends
 * (and their group commit) pay nothing for it.
 */
import { isOpen } from '../db/database';
import type { AppContext } from '../context';
import { deliveredText } from './alert-secret';

const ECHO_INTERVAL_MS = 1_000;

export interface EchoSetting {
  smtpUrl: string | null;
  nodeEnv: string | undefined;
}

/** Print kept alerts only when nothing mails them and this is not a production server. */
export function shouldEchoKeptAlerts(setting: EchoSetting): boolean {
  return !setting.smtpUrl && setting.nodeEnv !== 'production';
}

export interface KeptAlert {
  kind: string;
  audience: string;
  authorityId: string | null;
  toEmail: string | null;
  subject: string;
}

/** One readable line: recipient, subject and, for a sign-in code, the code on its own. */
export function keptAlertLine(alert: KeptAlert): string {
  const to =
    alert.audience === 'customer' ? (alert.toEmail ?? '(no address)')
    : alert.audience === 'admins' ? `admins of ${alert.authorityId ?? '(no authority)'}`
    : `handlers of ${alert.authorityId ?? '(no authority)'}`;
  const code = alert.kind === 'sign_in_code' ? /\b(\d{6})\b/.exec(alert.subject)?.[1] : undefined;
  return `[outbox] to ${to}: ${alert.subject}${code ? ` — sign-in code ${code}` : ''}`;
}

/**
 * Prints every alert kept after this call (earlier ones, such as the demo seed's, stay quiet)
 * when `shouldEchoKeptAlerts` says so. Returns a stop function, or null when nothing is printed.
 */
export async function startKeptAlertEcho(
  ctx: AppContext,
  setting: EchoSetting,
  write: (line: string) => void = (line) => console.log(line),
  intervalMs = ECHO_INTERVAL_MS,
): Promise<(() => void) | null> {
  if (!shouldEchoKeptAlerts(setting)) return null;
  let last = await ctx.repos.outbox.newestId();
  // One read at a time: a tick that finds the previous one still reading waits for the next.
  let reading = false;
  const timer = setInterval(() => {
    if (reading || !isOpen(ctx.database)) return;
    reading = true;
    void ctx.repos.outbox
      .keptAfter(last)
      .then((rows) => {
        for (const row of rows) {
          // The sign-in code is kept encrypted; the line shows it as the mail would.
          write(keptAlertLine({ ...row, subject: deliveredText(ctx.config.sessionSecret, row).subject }));
          last = row.id;
        }
      })
      .finally(() => {
        reading = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
