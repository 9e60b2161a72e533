import { defineMessages } from '../../../ui/i18n/messages';

export const layoutMessages = defineMessages({
  fi: {
    deskName: 'Virkailijan työpöytä', skip: 'Siirry sisältöön', inbox: 'Saapuneet', alerts: 'Herätteet',
    unreadAlerts: '{n} lukematonta', signOut: 'Kirjaudu ulos', signedInAs: 'Kirjautunut: {name}', mainNav: 'Työpöydän valikko',
    language: 'Kieli', loading: 'Ladataan…', notFound: 'Sivua ei löytynyt.', backToInbox: 'Takaisin saapuneisiin',
  },
  sv: {
    deskName: 'Handläggarens skrivbord', skip: 'Gå till innehållet', inbox: 'Inkorg', alerts: 'Aviseringar',
    unreadAlerts: '{n} olästa', signOut: 'Logga ut', signedInAs: 'Inloggad: {name}', mainNav: 'Skrivbordets meny',
    language: 'Språk', loading: 'Laddar…', notFound: 'Sidan hittades inte.', backToInbox: 'Tillbaka till inkorgen',
  },
  en: {
    deskName: 'Handler desk', skip: 'Skip to content', inbox: 'Inbox', alerts: 'Alerts',
    unreadAlerts: '{n} unread', signOut: 'Sign out', signedInAs: 'Signed in: {name}', mainNav: 'Desk menu',
    language: 'Language', loading: 'Loading…', notFound: 'Page not found.', backToInbox: 'Back to the inbox',
  },
});
