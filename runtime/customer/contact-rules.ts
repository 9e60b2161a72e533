/** The contact step's rules: a name, a plausible email, a phone only if given and then valid. */
import { isValidPhone } from '../../form-library/formats';
import type { FieldError } from '../../form-library/format/types';
import type { Contact } from './api';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function contactErrors(contact: Contact, texts: { errName: string; errEmail: string; errPhone: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!contact.name.trim()) errors.push({ path: 'contact.name', message: texts.errName });
  if (!EMAIL.test(contact.email.trim())) errors.push({ path: 'contact.email', message: texts.errEmail });
  if (contact.phone && contact.phone.trim() && !isValidPhone(contact.phone.trim())) errors.push({ path: 'contact.phone', message: texts.errPhone });
  return errors;
}

/** The contact as sent: trimmed, no empty phone. */
export function cleanContact(contact: Contact): Contact {
  const phone = contact.phone?.trim();
  return { name: contact.name.trim(), email: contact.email.trim(), ...(phone ? { phone } : {}) };
}
