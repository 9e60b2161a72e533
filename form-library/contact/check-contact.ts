/**
 * The sender's contact details of a submission, checked by one rule in the customer's browser (the
 * contact step) and on the server (POST /api/submissions): a name, an email address that is the
 * customer's identity, and a phone number only if given, then a real one. Where the two once
 * differed the stricter correct rule won: `aino@example.fi.` (a dot after the domain) is refused
 * on both sides, and so is `12345` as a phone number.
 */
import type { FieldError, Lang } from '../format/types';
import { isRecord } from '../conditions/walk-form';
import { isValidPhone } from '../formats/phone';
import { controlCharacterIn } from '../text/control-characters';
import { message } from '../validation/messages';

export interface Contact {
  name: string;
  /** Trimmed and lower-cased: the customer's identity for signing in. */
  email: string;
  phone: string | null;
}

export const CONTACT_NAME_MAX = 200;
const EMAIL_MAX = 254;
// Deliberately plain: one @, a dot in the domain and no dot at its end, no spaces. Deliverability is proven by sign-in.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@.]{2,}$/;

/** An email address as the customer's identity: trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether a (normalised) address is plausible as an email address. */
export function isValidEmail(email: string): boolean {
  return email.length <= EMAIL_MAX && EMAIL.test(email);
}

export type ContactCheck = { ok: true; contact: Contact } | { ok: false; errors: FieldError[] };

/** Checks contact details as typed or sent (any shape) and gives them back normalised, or names each problem. */
export function checkContact(value: unknown, lang: Lang): ContactCheck {
  const errors: FieldError[] = [];
  const c = isRecord(value) ? value : {};
  const name = typeof c.name === 'string' ? c.name.trim() : '';
  const email = typeof c.email === 'string' ? normalizeEmail(c.email) : '';
  const phoneGiven = c.phone !== undefined && c.phone !== null && !(typeof c.phone === 'string' && c.phone.trim() === '');
  const phone = typeof c.phone === 'string' && phoneGiven ? c.phone.trim() : null;
  // The name and address reach e-mail headers and spreadsheet cells: a control character is named
  // as such (a NUL byte would otherwise pass the address pattern, which only excludes white space).
  const nameControl = controlCharacterIn(name, { singleLine: true });
  const emailControl = controlCharacterIn(email, { singleLine: true });
  if (!name) errors.push({ path: 'contact.name', message: message('contactNameRequired', lang) });
  else if (name.length > CONTACT_NAME_MAX) errors.push({ path: 'contact.name', message: message('contactNameTooLong', lang, { max: CONTACT_NAME_MAX }) });
  else if (nameControl) errors.push({ path: 'contact.name', message: message('controlCharacter', lang, { char: nameControl.codePoint }) });
  if (emailControl) errors.push({ path: 'contact.email', message: message('controlCharacter', lang, { char: emailControl.codePoint }) });
  else if (!isValidEmail(email)) errors.push({ path: 'contact.email', message: message('contactEmailInvalid', lang) });
  if (phoneGiven && (phone === null || !isValidPhone(phone))) errors.push({ path: 'contact.phone', message: message('format.fi-phone', lang) });
  return errors.length ? { ok: false, errors } : { ok: true, contact: { name, email, phone } };
}
