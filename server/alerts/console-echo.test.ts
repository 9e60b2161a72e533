import { describe, expect, it } from 'vitest';
import { customerAlertText } from './alert-texts';
import { keptAlertLine, shouldEchoKeptAlerts } from './console-echo';

describe('printing kept alerts to the console', () => {
  it('prints only without SMTP and outside production', () => {
    expect(shouldEchoKeptAlerts({ smtpUrl: null, nodeEnv: undefined })).toBe(true);
    expect(shouldEchoKeptAlerts({ smtpUrl: null, nodeEnv: 'development' })).toBe(true);
    expect(shouldEchoKeptAlerts({ smtpUrl: null, nodeEnv: 'production' })).toBe(false);
    expect(shouldEchoKeptAlerts({ smtpUrl: 'smtp://mail.hel.example:587', nodeEnv: 'development' })).toBe(false);
    expect(shouldEchoKeptAlerts({ smtpUrl: 'smtp://mail.hel.example:587', nodeEnv: 'production' })).toBe(false);
  });

  it('names the customer, the subject and the sign-in code in any language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const { subject } = customerAlertText({ kind: 'sign_in_code', code: '042917', minutes: 15 }, lang);
      const line = keptAlertLine({ kind: 'sign_in_code', audience: 'customer', authorityId: null, toEmail: 'asiakas@kevyt.example', subject });
      expect(line).toBe(`[outbox] to asiakas@kevyt.example: ${subject} — sign-in code 042917`);
    }
  });

  it('names the authority whose handlers an authority alert is for, without a code', () => {
    const line = keptAlertLine({
      kind: 'new_submission',
      audience: 'authority',
      authorityId: 'municipality-091',
      toEmail: null,
      subject: 'Uusi asiointi KV-2026-000123',
    });
    expect(line).toBe('[outbox] to handlers of municipality-091: Uusi asiointi KV-2026-000123');
  });
});
