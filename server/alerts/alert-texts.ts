/**
 * Every alert (heräte), worded by the server catalog's `alerts` section. Customer alerts go out in the language the customer chose
 * when sending (submissions.lang, or the sign-in request's lang). Authority alerts carry Finnish,
 * Swedish and English one after another, because an authority's staff may work in any of them.
 * Alerts name the case and link to it but never repeat answers or message bodies: e-mail is not a
 * safe place for them, so the reader signs in to see the content.
 */
import { localize } from '../../form-library/format/localize';
import { LANGS, type Lang, type LocalizedText } from '../../form-library/format/types';
import { alertTexts } from '../../i18n/catalogs/server';
import { formatShortDate } from '../../i18n/intl-format';
import { inEveryLang, translator, type MessageValues } from '../../i18n/translate';

export interface AlertText {
  subject: string;
  body: string;
}

export type CustomerAlert =
  | { kind: 'sign_in_code'; code: string; minutes: number }
  | { kind: 'receipt'; reference: string; serviceName: string; link: string }
  | { kind: 'status_changed'; reference: string; serviceName: string; statusLabel: string; alertText: string; link: string }
  | { kind: 'message'; reference: string; serviceName: string; link: string };

/** Names are given in every language: an authority alert speaks all three. */
export type AuthorityAlert =
  | { kind: 'new_submission'; reference: string; serviceName: LocalizedText; municipalityName: LocalizedText; link: string }
  | { kind: 'supplement'; reference: string; serviceName: LocalizedText; link: string }
  | { kind: 'customer_message'; reference: string; serviceName: LocalizedText; link: string }
  | { kind: 'cancelled'; reference: string; serviceName: LocalizedText; link: string }
  | { kind: 'deadline_near'; reference: string; serviceName: LocalizedText; dueDate: string; daysLeft: number; link: string };

/** Alerts to an authority's admins only: what they manage (a webhook endpoint paused after failing deliveries). */
export type AdminAlert = { kind: 'webhook_paused'; url: string; failures: number; link: string };

/** Customer alerts: what each kind fills into its subject and body. */
function customerValues(alert: CustomerAlert): MessageValues {
  switch (alert.kind) {
    case 'sign_in_code':
      return { code: alert.code, minutes: alert.minutes };
    case 'receipt':
    case 'message':
      return { reference: alert.reference, service: alert.serviceName, link: alert.link };
    case 'status_changed':
      return { reference: alert.reference, service: alert.serviceName, status: alert.statusLabel, alertText: alert.alertText, link: alert.link };
  }
}

/** Authority alerts: names in the language being written. */
function authorityValues(alert: AuthorityAlert, lang: Lang): MessageValues {
  const common = { reference: alert.reference, service: localize(alert.serviceName, lang) };
  switch (alert.kind) {
    case 'new_submission':
      return { ...common, municipality: localize(alert.municipalityName, lang) };
    case 'deadline_near':
      return { ...common, dueDate: formatShortDate(alert.dueDate, lang), daysLeft: alert.daysLeft };
    default:
      return common;
  }
}

function authorityText(alert: AuthorityAlert, lang: Lang): AlertText {
  const t = translator(alertTexts, lang);
  const values = authorityValues(alert, lang);
  return { subject: t(`${alert.kind}_subject`, values), body: t(`${alert.kind}_body`, values) };
}

export function customerAlertText(alert: CustomerAlert, lang: Lang): AlertText {
  const t = translator(alertTexts, lang);
  const values = customerValues(alert);
  return { subject: t(`${alert.kind}_subject`, values), body: [t(`${alert.kind}_body`, values), '', t('signature')].join('\n') };
}

/** One alert in all three languages; the subject in Finnish and Swedish, as bilingual authorities write. */
export function authorityAlertText(alert: AuthorityAlert): AlertText {
  const [fi, sv, en] = LANGS.map((lang) => authorityText(alert, lang));
  const signature = inEveryLang(alertTexts, 'signature');
  return {
    subject: `${fi.subject} / ${sv.subject}`,
    body: [fi.body, sv.body, en.body, '', `${alert.link}`, '', signature.fi, signature.sv, signature.en].join('\n'),
  };
}

/** An admins' alert in all three languages, as an authority alert is written. */
export function adminAlertText(alert: AdminAlert): AlertText {
  const values = { url: alert.url, failures: alert.failures, link: alert.link };
  const [fi, sv, en] = LANGS.map((lang) => {
    const t = translator(alertTexts, lang);
    return { subject: t(`${alert.kind}_subject`, values), body: t(`${alert.kind}_body`, values) };
  });
  const signature = inEveryLang(alertTexts, 'signature');
  return {
    subject: `${fi.subject} / ${sv.subject}`,
    body: [fi.body, sv.body, en.body, '', signature.fi, signature.sv, signature.en].join('\n'),
  };
}
