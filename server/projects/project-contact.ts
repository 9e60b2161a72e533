/**
 * The project's contact person: sent with each of its permits beside the customer's own address,
 * so it is checked by the same rule as any send's contact (form-library/contact).
 */
import { checkContact } from '../../form-library/contact';
import type { Lang } from '../../form-library/format/types';
import { unprocessable } from '../http/errors';

export function checkedProjectContact(contact: { name: string; phone?: string | null }, ownerEmail: string, lang: Lang): { name: string; phone: string | null } {
  const checked = checkContact({ name: contact.name, email: ownerEmail, phone: contact.phone ?? null }, lang);
  if (!checked.ok) throw unprocessable('The contact is invalid', checked.errors);
  return { name: checked.contact.name, phone: checked.contact.phone };
}
