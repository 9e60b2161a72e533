import { defineMessages } from '../../../ui/i18n/messages';

export const sessionMessages = defineMessages({
  fi: {
    title: 'Kirjaudu virkailijan työpöydälle', email: 'Sähköposti', password: 'Salasana', signIn: 'Kirjaudu',
    signingIn: 'Kirjaudutaan…', wrong: 'Sähköposti tai salasana on väärin.', required: 'Anna sähköposti ja salasana.',
    tooMany: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.', failed: 'Kirjautuminen ei onnistunut. Yritä uudelleen.',
    notHandler: 'Tällä tunnuksella ei ole pääsyä virkailijan työpöydälle.', signedOut: 'Olet kirjautunut ulos.',
  },
  sv: {
    title: 'Logga in på handläggarens skrivbord', email: 'E-post', password: 'Lösenord', signIn: 'Logga in',
    signingIn: 'Loggar in…', wrong: 'E-postadressen eller lösenordet är fel.', required: 'Ange e-post och lösenord.',
    tooMany: 'För många försök. Vänta en stund och försök igen.', failed: 'Inloggningen misslyckades. Försök igen.',
    notHandler: 'Det här kontot har inte tillgång till handläggarens skrivbord.', signedOut: 'Du har loggat ut.',
  },
  en: {
    title: 'Sign in to the handler desk', email: 'Email', password: 'Password', signIn: 'Sign in',
    signingIn: 'Signing in…', wrong: 'The email or password is wrong.', required: 'Enter your email and password.',
    tooMany: 'Too many attempts. Wait a moment and try again.', failed: 'Sign-in failed. Please try again.',
    notHandler: 'This account has no access to the handler desk.', signedOut: 'You have signed out.',
  },
});
