import { defineMessages } from '../../../ui/i18n/messages';

export const alertMessages = defineMessages({
  fi: {
    title: 'Herätteet', none: 'Ei herätteitä.', unread: 'Lukematon', read: 'Luettu', markRead: 'Merkitse luetuksi',
    open: 'Avaa {reference}', kind_new_submission: 'Uusi hakemus', kind_supplement: 'Asiakkaan täydennys',
    kind_customer_message: 'Asiakkaan viesti', kind_deadline_near: 'Määräaika lähestyy', kind_other: 'Heräte',
    loadFailed: 'Herätteiden lataus epäonnistui.', markAllRead: 'Merkitse kaikki luetuiksi', unreadCount: 'Lukemattomia: {n}',
  },
  sv: {
    title: 'Aviseringar', none: 'Inga aviseringar.', unread: 'Oläst', read: 'Läst', markRead: 'Markera som läst',
    open: 'Öppna {reference}', kind_new_submission: 'Ny ansökan', kind_supplement: 'Kundens komplettering',
    kind_customer_message: 'Meddelande från kunden', kind_deadline_near: 'Tidsfristen närmar sig', kind_other: 'Avisering',
    loadFailed: 'Aviseringarna kunde inte laddas.', markAllRead: 'Markera alla som lästa', unreadCount: 'Olästa: {n}',
  },
  en: {
    title: 'Alerts', none: 'No alerts.', unread: 'Unread', read: 'Read', markRead: 'Mark as read',
    open: 'Open {reference}', kind_new_submission: 'New submission', kind_supplement: "Customer's supplement",
    kind_customer_message: "Customer's message", kind_deadline_near: 'Deadline near', kind_other: 'Alert',
    loadFailed: 'The alerts could not be loaded.', markAllRead: 'Mark all as read', unreadCount: 'Unread: {n}',
  },
});
