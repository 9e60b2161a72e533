export { checkContact, isValidEmail, normalizeEmail, CONTACT_NAME_MAX, type Contact, type ContactCheck } from './check-contact';
