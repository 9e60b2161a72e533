/**
 * What the demo inbox holds (README "Demo accounts"): example submissions for Helsinki's municipal
 * services, Helsinki's rescue and police departments and a few for Espoo, each with the steps a
 * handler (or the customer) has taken on it since. Plain data; demo-submissions.ts plays it
 * through the real send and case code.
 */
import type { Lang } from '../../form-library/format/types';

/** The demo customer who can sign in (the code is printed in the server's console). */
export const DEMO_CUSTOMER = { name: 'Aino Asiakas', email: 'asiakas@kevyt.example', phone: '+358401234567', lang: 'fi' as Lang };

export interface DemoCustomer {
  name: string;
  email: string;
  phone: string;
  lang: Lang;
}

const CUSTOMERS: DemoCustomer[] = [
  { name: 'Matti Virtanen', email: 'matti.virtanen@posti.example', phone: '+358405551201', lang: 'fi' },
  { name: 'Elin Lindqvist', email: 'elin.lindqvist@kulturforening.example', phone: '+358405551202', lang: 'sv' },
  { name: 'Juha Korhonen', email: 'juha.korhonen@tapahtumatoimisto.example', phone: '+358405551203', lang: 'fi' },
  { name: 'Sanna Mäkinen', email: 'sanna.makinen@posti.example', phone: '+358405551204', lang: 'fi' },
  { name: 'Johan Nyström', email: 'johan.nystrom@idrottsklubb.example', phone: '+358405551205', lang: 'sv' },
  { name: 'Laura Nieminen', email: 'laura.nieminen@ravintola.example', phone: '+358405551206', lang: 'fi' },
  { name: 'Mikko Heikkinen', email: 'mikko.heikkinen@rakennus.example', phone: '+358405551207', lang: 'fi' },
  { name: 'Karin Holmström', email: 'karin.holmstrom@posti.example', phone: '+358405551208', lang: 'sv' },
  { name: 'Tiina Laine', email: 'tiina.laine@kaupunginosayhdistys.example', phone: '+358405551209', lang: 'fi' },
  { name: 'Antti Koskinen', email: 'antti.koskinen@festivaali.example', phone: '+358405551210', lang: 'fi' },
  { name: 'Sofia Ekström', email: 'sofia.ekstrom@posti.example', phone: '+358405551211', lang: 'sv' },
  { name: 'Petri Järvinen', email: 'petri.jarvinen@kahvila.example', phone: '+358405551212', lang: 'fi' },
  { name: 'Henrik Blomqvist', email: 'henrik.blomqvist@evenemang.example', phone: '+358405551213', lang: 'sv' },
  { name: 'Minna Lehtonen', email: 'minna.lehtonen@posti.example', phone: '+358405551214', lang: 'fi' },
];

/** A text in the two languages the demo customers use. */
type Said = Record<'fi' | 'sv', string>;

export type DemoStep =
  | { kind: 'transition'; event: string; comment?: Said }
  | { kind: 'supplement'; message: Said }
  | { kind: 'note'; body: string }
  | { kind: 'message'; body: Said }
  | { kind: 'assign' };

export interface DemoCase {
  authorityId: string;
  municipality: string;
  serviceId: string;
  customer: DemoCustomer;
  /** When it was sent, in hours before the seed runs. */
  hoursAgo: number;
  /** Taken in order, a few hours apart, after the send. */
  steps: DemoStep[];
  /** Hours between the steps, if not the usual gap. */
  stepGapHours?: number;
}

const note = (body: string): DemoStep => ({ kind: 'note', body });
const go = (event: string, comment?: Said): DemoStep => ({ kind: 'transition', event, ...(comment ? { comment } : {}) });

const askMore: Said = {
  fi: 'Lisätkää hakemukseen tarkempi kuvaus alueen rajauksesta ja jätehuollosta.',
  sv: 'Komplettera ansökan med en noggrannare beskrivning av områdets avgränsning och avfallshanteringen.',
};
const answered: Said = {
  fi: 'Alueen rajaus on nyt merkitty karttaan, ja jätehuollosta vastaa tapahtuman oma siivousryhmä.',
  sv: 'Områdets gränser är nu utmärkta på kartan, och evenemangets egen städgrupp sköter avfallet.',
};
const granted: Said = {
  fi: 'Lupa myönnetään haetuin ehdoin. Alue on palautettava alkuperäiseen kuntoon.',
  sv: 'Tillstånd beviljas på de villkor som söktes. Området ska återställas i ursprungligt skick.',
};
const question: Said = {
  fi: 'Hei! Tarkistaisitteko vielä, montako uloskäyntiä alueella on käytössä yhtä aikaa?',
  sv: 'Hej! Kan ni ännu kontrollera hur många utgångar som används samtidigt på området?',
};

// Application workflows (RECEIVE → START → REQUEST_INFO ⇄ SUPPLEMENT → DECIDE → CLOSE), from fresh to closed.
const APPLICATION_SCRIPTS: DemoStep[][] = [
  [],
  [go('RECEIVE')],
  [go('RECEIVE'), go('START'), { kind: 'assign' }, note('Naapurikiinteistöjen lausunnot pyydetty.')],
  [go('RECEIVE'), go('START'), go('REQUEST_INFO', askMore)],
  [go('RECEIVE'), go('START'), go('REQUEST_INFO', askMore), { kind: 'supplement', message: answered }, note('Täydennys riittää, valmistellaan päätös.')],
  [go('RECEIVE'), go('START'), { kind: 'message', body: question }, go('DECIDE', granted)],
  [go('RECEIVE'), go('START'), go('DECIDE', granted), go('CLOSE')],
];

// Notification workflows (SUBMITTED → ACKNOWLEDGED).
const NOTIFICATION_SCRIPTS: DemoStep[][] = [
  [],
  [{ kind: 'assign' }, note('Tarkistetaan järjestelyt paikan päällä.')],
  [{ kind: 'message', body: question }],
  [go('ACKNOWLEDGE')],
  [note('Ilmoitus kunnossa, ei huomautettavaa.'), go('ACKNOWLEDGE')],
];

const APPLICATIONS = new Set(['public-area-use', 'wastewater-exemption']);

function cases(authorityId: string, municipality: string, services: string[], count: number, offset: number): DemoCase[] {
  return Array.from({ length: count }, (_, i) => {
    const serviceId = services[i % services.length];
    const scripts = APPLICATIONS.has(serviceId) ? APPLICATION_SCRIPTS : NOTIFICATION_SCRIPTS;
    const steps = scripts[(i + offset) % scripts.length];
    // Spread over about four weeks; longer stories were sent earlier, so their steps fit before now.
    const hoursAgo = 12 + steps.length * 30 + ((i * 53 + offset * 17) % 400);
    return { authorityId, municipality, serviceId, customer: CUSTOMERS[(i + offset) % CUSTOMERS.length], hoursAgo, steps };
  });
}

const HELSINKI_SERVICES = ['public-area-use', 'event-noise', 'wastewater-exemption', 'temporary-food-sales', 'demolition-notification', 'health-protection-notification'];

/**
 * Older rescue notifications, all acknowledged, sent five to nine weeks ago and handled in half a
 * day to four days: with the newer ones acknowledged they are more than ten decided cases of one
 * service at one authority, so the demo shows a measured processing-time estimate (Helsinki's
 * rescue department's public event notification) beside the other services' targets.
 */
function handledRescueNotifications(): DemoCase[] {
  const gaps = [12, 30, 44, 20, 70, 36, 90, 26];
  return gaps.map((stepGapHours, i) => ({
    authorityId: 'rescue-helsinki',
    municipality: '091',
    serviceId: 'public-event-rescue',
    customer: CUSTOMERS[(i + 5) % CUSTOMERS.length],
    hoursAgo: 5 * 7 * 24 + i * 101,
    steps: [go('ACKNOWLEDGE')],
    stepGapHours,
  }));
}

/** Oldest first: sends must happen in time order (submitted_at grows with the id). */
export function demoCases(): DemoCase[] {
  const all: DemoCase[] = [
    ...cases('municipality-091', '091', HELSINKI_SERVICES, 12, 4),
    ...cases('rescue-helsinki', '091', ['public-event-rescue'], 9, 3),
    ...cases('police-helsinki', '091', ['public-event-police'], 9, 6),
    ...cases('municipality-049', '049', ['public-area-use', 'event-noise', 'wastewater-exemption'], 3, 1),
    ...handledRescueNotifications(),
  ];
  // The demo customer's own submissions: one waiting for their supplement, one decided, two notifications.
  const own: Array<[authorityId: string, serviceId: string, steps: DemoStep[]]> = [
    ['municipality-091', 'public-area-use', APPLICATION_SCRIPTS[3]],
    ['municipality-091', 'wastewater-exemption', APPLICATION_SCRIPTS[5]],
    ['rescue-helsinki', 'public-event-rescue', NOTIFICATION_SCRIPTS[3]],
    ['police-helsinki', 'public-event-police', NOTIFICATION_SCRIPTS[0]],
  ];
  own.forEach(([authorityId, serviceId, steps], i) =>
    all.push({ authorityId, municipality: '091', serviceId, customer: DEMO_CUSTOMER, hoursAgo: 20 + steps.length * 30 + i * 41, steps }),
  );
  return all.sort((a, b) => b.hoursAgo - a.hoursAgo);
}
