import { describe, expect, it } from 'vitest';
import { LANGS } from '../../form-library/format/types';
import { formatShortDate as formatAlertDate } from '../../i18n/intl-format';
import { authorityAlertText, customerAlertText } from './alert-texts';

describe('customer alert texts', () => {
  it('speaks the language the customer chose', () => {
    const alert = {
      kind: 'status_changed' as const,
      reference: 'KV-2026-000123',
      serviceName: 'Yleisötilaisuuden ilmoitus',
      statusLabel: 'Lisätietoja pyydetty',
      alertText: 'Täydennä hakemustasi.',
      link: 'http://127.0.0.1:3000/my/1',
    };
    expect(customerAlertText(alert, 'fi').body).toContain('tila on nyt: Lisätietoja pyydetty');
    expect(customerAlertText(alert, 'sv').subject).toBe('Status för ditt ärende KV-2026-000123: Lisätietoja pyydetty');
    expect(customerAlertText(alert, 'en').body).toContain('Täydennä hakemustasi.');
  });

  it('has every customer alert in Finnish, Swedish and English, each naming the case', () => {
    const link = 'http://127.0.0.1:3000/my/1';
    const alerts = [
      { kind: 'receipt' as const, reference: 'KV-2026-000001', serviceName: 'Ilmoitus', link },
      { kind: 'message' as const, reference: 'KV-2026-000001', serviceName: 'Ilmoitus', link },
    ];
    for (const alert of alerts) {
      const texts = LANGS.map((lang) => customerAlertText(alert, lang));
      expect(new Set(texts.map((t) => t.subject)).size).toBe(3);
      for (const t of texts) {
        expect(t.subject).toContain('KV-2026-000001');
        expect(t.body).toContain(link);
      }
    }
  });

  it('puts the sign-in code and its lifetime in the message', () => {
    const t = customerAlertText({ kind: 'sign_in_code', code: '042917', minutes: 15 }, 'sv');
    expect(t.subject).toContain('042917');
    expect(t.body).toContain('15 minuter');
  });
});

describe('authority alert texts', () => {
  it('carries all three languages in one alert', () => {
    const t = authorityAlertText({
      kind: 'new_submission', reference: 'KV-2026-000042', serviceName: { fi: 'Yleisötilaisuus', sv: 'Offentlig tillställning', en: 'Public event' }, municipalityName: { fi: 'Porvoo', sv: 'Borgå' }, link: 'http://x/desk/42',
    });
    expect(t.subject).toBe('Uusi asiointi KV-2026-000042 / Nytt ärende KV-2026-000042');
    expect(t.body).toMatch(/Uusi asiointi "Yleisötilaisuus"[\s\S]*Nytt ärende "Offentlig tillställning" \(KV-2026-000042\), kommun Borgå[\s\S]*New submission "Public event"/);
  });

  it('writes deadline dates the Finnish way in fi and sv', () => {
    const t = authorityAlertText({ kind: 'deadline_near', reference: 'KV-2026-000042', serviceName: { fi: 'Meluilmoitus', sv: 'Bullerannmälan', en: 'Noise notification' }, dueDate: '2026-06-01', daysLeft: 2, link: 'x' });
    expect(t.body).toContain('päättyy 1.6.2026');
    expect(t.body).toContain('går ut 1.6.2026');
    expect(t.body).toContain('ends on 2026-06-01');
    expect(formatAlertDate('2026-12-24', 'fi')).toBe('24.12.2026');
  });
});
