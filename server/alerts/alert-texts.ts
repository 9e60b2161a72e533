/**
 * The words of every alert (heräte). Customer alerts go out in the language the customer chose
 * when sending (submissions.lang, or the sign-in request's lang). Authority alerts carry Finnish,
 * Swedish and English one after another, because an authority's staff may work in any of them.
 * Alerts name the case and link to it but never repeat answers or message bodies: e-mail is not a
 * safe place for them, so the reader signs in to see the content.
 */
import { localize } from '../../form-library/format/localize';
import type { Lang, LocalizedText } from '../../form-library/format/types';

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

type Texts<T> = { [L in Lang]: (alert: T) => AlertText };

const SIGNATURE: Record<Lang, string> = {
  fi: 'Tämä on automaattinen viesti Kevyt-asiointipalvelusta. Älä vastaa tähän viestiin.',
  sv: 'Detta är ett automatiskt meddelande från e-tjänsten Kevyt. Svara inte på detta meddelande.',
  en: 'This is an automatic message from the Kevyt e-service. Please do not reply to it.',
};

function finish(lang: Lang, lines: string[]): string {
  return [...lines, '', SIGNATURE[lang]].join('\n');
}

/** Finnish style dates in fi/sv (1.6.2026), ISO in English to avoid month/day confusion. */
export function formatAlertDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return lang === 'en' ? isoDate.slice(0, 10) : `${d}.${m}.${y}`;
}

const customerTexts: { [K in CustomerAlert['kind']]: Texts<Extract<CustomerAlert, { kind: K }>> } = {
  sign_in_code: {
    fi: (a) => ({ subject: `Kirjautumiskoodisi: ${a.code}`, body: finish('fi', [`Kirjautumiskoodisi on ${a.code}.`, `Koodi on voimassa ${a.minutes} minuuttia. Jos et pyytänyt koodia, voit jättää tämän viestin huomiotta.`]) }),
    sv: (a) => ({ subject: `Din inloggningskod: ${a.code}`, body: finish('sv', [`Din inloggningskod är ${a.code}.`, `Koden gäller i ${a.minutes} minuter. Om du inte bad om koden kan du lämna detta meddelande utan åtgärd.`]) }),
    en: (a) => ({ subject: `Your sign-in code: ${a.code}`, body: finish('en', [`Your sign-in code is ${a.code}.`, `The code is valid for ${a.minutes} minutes. If you did not ask for it, you can ignore this message.`]) }),
  },
  receipt: {
    fi: (a) => ({ subject: `Asiointisi on vastaanotettu (${a.reference})`, body: finish('fi', [`Asiointisi "${a.serviceName}" on vastaanotettu. Asiointitunnus: ${a.reference}.`, `Voit seurata sen käsittelyä osoitteessa ${a.link}`]) }),
    sv: (a) => ({ subject: `Ditt ärende har tagits emot (${a.reference})`, body: finish('sv', [`Ditt ärende "${a.serviceName}" har tagits emot. Ärendenummer: ${a.reference}.`, `Du kan följa behandlingen på ${a.link}`]) }),
    en: (a) => ({ subject: `Your submission has been received (${a.reference})`, body: finish('en', [`Your submission "${a.serviceName}" has been received. Reference: ${a.reference}.`, `You can follow it at ${a.link}`]) }),
  },
  status_changed: {
    fi: (a) => ({ subject: `Asiointisi ${a.reference} tila: ${a.statusLabel}`, body: finish('fi', [`Asiointisi "${a.serviceName}" (${a.reference}) tila on nyt: ${a.statusLabel}.`, a.alertText, `Katso tiedot osoitteessa ${a.link}`]) }),
    sv: (a) => ({ subject: `Status för ditt ärende ${a.reference}: ${a.statusLabel}`, body: finish('sv', [`Ditt ärende "${a.serviceName}" (${a.reference}) har nu status: ${a.statusLabel}.`, a.alertText, `Se uppgifterna på ${a.link}`]) }),
    en: (a) => ({ subject: `Status of your submission ${a.reference}: ${a.statusLabel}`, body: finish('en', [`Your submission "${a.serviceName}" (${a.reference}) is now: ${a.statusLabel}.`, a.alertText, `See the details at ${a.link}`]) }),
  },
  message: {
    fi: (a) => ({ subject: `Uusi viesti asiointiisi ${a.reference}`, body: finish('fi', [`Viranomainen on lähettänyt viestin asiointiisi "${a.serviceName}" (${a.reference}).`, `Kirjaudu lukemaan viesti: ${a.link}`]) }),
    sv: (a) => ({ subject: `Nytt meddelande i ditt ärende ${a.reference}`, body: finish('sv', [`Myndigheten har skickat ett meddelande i ditt ärende "${a.serviceName}" (${a.reference}).`, `Logga in för att läsa meddelandet: ${a.link}`]) }),
    en: (a) => ({ subject: `New message about your submission ${a.reference}`, body: finish('en', [`The authority has sent a message about your submission "${a.serviceName}" (${a.reference}).`, `Sign in to read it: ${a.link}`]) }),
  },
};

const authorityTexts: { [K in AuthorityAlert['kind']]: Texts<Extract<AuthorityAlert, { kind: K }>> } = {
  new_submission: {
    fi: (a) => ({ subject: `Uusi asiointi ${a.reference}`, body: `Uusi asiointi "${localize(a.serviceName, 'fi')}" (${a.reference}), kunta ${localize(a.municipalityName, 'fi')}.` }),
    sv: (a) => ({ subject: `Nytt ärende ${a.reference}`, body: `Nytt ärende "${localize(a.serviceName, 'sv')}" (${a.reference}), kommun ${localize(a.municipalityName, 'sv')}.` }),
    en: (a) => ({ subject: `New submission ${a.reference}`, body: `New submission "${localize(a.serviceName, 'en')}" (${a.reference}), municipality ${localize(a.municipalityName, 'en')}.` }),
  },
  supplement: {
    fi: (a) => ({ subject: `Asiakas täydensi asiointia ${a.reference}`, body: `Asiakas on täydentänyt asiointia "${localize(a.serviceName, 'fi')}" (${a.reference}).` }),
    sv: (a) => ({ subject: `Kunden kompletterade ärendet ${a.reference}`, body: `Kunden har kompletterat ärendet "${localize(a.serviceName, 'sv')}" (${a.reference}).` }),
    en: (a) => ({ subject: `Customer supplemented ${a.reference}`, body: `The customer has supplemented "${localize(a.serviceName, 'en')}" (${a.reference}).` }),
  },
  customer_message: {
    fi: (a) => ({ subject: `Asiakkaan viesti asiointiin ${a.reference}`, body: `Asiakas on lähettänyt viestin asiointiin "${localize(a.serviceName, 'fi')}" (${a.reference}).` }),
    sv: (a) => ({ subject: `Meddelande från kunden i ärendet ${a.reference}`, body: `Kunden har skickat ett meddelande i ärendet "${localize(a.serviceName, 'sv')}" (${a.reference}).` }),
    en: (a) => ({ subject: `Customer message on ${a.reference}`, body: `The customer has sent a message about "${localize(a.serviceName, 'en')}" (${a.reference}).` }),
  },
  cancelled: {
    fi: (a) => ({ subject: `Asiakas peruutti asioinnin ${a.reference}`, body: `Asiakas on peruuttanut asioinnin "${localize(a.serviceName, 'fi')}" (${a.reference}).` }),
    sv: (a) => ({ subject: `Kunden återkallade ärendet ${a.reference}`, body: `Kunden har återkallat ärendet "${localize(a.serviceName, 'sv')}" (${a.reference}).` }),
    en: (a) => ({ subject: `Customer cancelled ${a.reference}`, body: `The customer has cancelled "${localize(a.serviceName, 'en')}" (${a.reference}).` }),
  },
  deadline_near: {
    fi: (a) => ({ subject: `Määräaika lähestyy: ${a.reference}`, body: `Asioinnin "${localize(a.serviceName, 'fi')}" (${a.reference}) vastausaika päättyy ${formatAlertDate(a.dueDate, 'fi')} (${a.daysLeft} pv).` }),
    sv: (a) => ({ subject: `Tidsfristen närmar sig: ${a.reference}`, body: `Svarstiden för ärendet "${localize(a.serviceName, 'sv')}" (${a.reference}) går ut ${formatAlertDate(a.dueDate, 'sv')} (${a.daysLeft} d).` }),
    en: (a) => ({ subject: `Deadline near: ${a.reference}`, body: `The response time for "${localize(a.serviceName, 'en')}" (${a.reference}) ends on ${formatAlertDate(a.dueDate, 'en')} (${a.daysLeft} d).` }),
  },
};

export function customerAlertText(alert: CustomerAlert, lang: Lang): AlertText {
  const texts = customerTexts[alert.kind] as Texts<CustomerAlert>;
  return texts[lang](alert);
}

/** One alert in all three languages; the subject in Finnish and Swedish, as bilingual authorities write. */
export function authorityAlertText(alert: AuthorityAlert): AlertText {
  const texts = authorityTexts[alert.kind] as Texts<AuthorityAlert>;
  const fi = texts.fi(alert);
  const sv = texts.sv(alert);
  const en = texts.en(alert);
  return {
    subject: `${fi.subject} / ${sv.subject}`,
    body: [fi.body, sv.body, en.body, '', `${alert.link}`, '', SIGNATURE.fi, SIGNATURE.sv, SIGNATURE.en].join('\n'),
  };
}
