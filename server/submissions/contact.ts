/** The sender's contact details of a submission; the e-mail address is the customer's identity. */
import type { FieldError, Lang } from '../../form-library/format/types';
import { isRecord } from '../../form-library/conditions/walk-form';
import { controlCharacterIn } from '../../form-library/text/control-characters';
import { message } from '../../form-library/validation/messages';
import { submissionMessage } from './submission-messages';

export interface Contact {
  name: string;
  /** Lower-cased and trimmed. */
  email: string;
  phone: string | null;
}

// Deliberately plain: one @, a dot in the domain, no spaces. Deliverability is proven by sign-in.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@.]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;

export function checkContact(value: unknown, lang: Lang): { ok: true; contact: Contact } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const c = isRecord(value) ? value : {};
  const name = typeof c.name === 'string' ? c.name.trim() : '';
  const email = typeof c.email === 'string' ? c.email.trim().toLowerCase() : '';
  const phone = typeof c.phone === 'string' && c.phone.trim() !== '' ? c.phone.trim() : null;
  // The name and address reach e-mail headers and spreadsheet cells: a control character is named
  // as such (a NUL byte would otherwise pass the address pattern, which only excludes white space).
  const nameControl = controlCharacterIn(name, { singleLine: true });
  const emailControl = controlCharacterIn(email, { singleLine: true });
  if (!name) errors.push({ path: 'contact.name', message: submissionMessage('contactNameRequired', lang) });
  else if (name.length > 200) errors.push({ path: 'contact.name', message: submissionMessage('contactNameTooLong', lang, { max: 200 }) });
  else if (nameControl) errors.push({ path: 'contact.name', message: message('controlCharacter', lang, { char: nameControl.codePoint }) });
  if (emailControl) errors.push({ path: 'contact.email', message: message('controlCharacter', lang, { char: emailControl.codePoint }) });
  else if (email.length > 254 || !EMAIL.test(email)) errors.push({ path: 'contact.email', message: submissionMessage('contactEmailInvalid', lang) });
  if (c.phone !== undefined && c.phone !== null && c.phone !== '' && (typeof c.phone !== 'string' || !PHONE.test(c.phone.trim())))
    errors.push({ path: 'contact.phone', message: submissionMessage('contactPhoneInvalid', lang) });
  return errors.length ? { ok: false, errors } : { ok: true, contact: { name, email, phone } };
}
