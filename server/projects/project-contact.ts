/**
 * The project's contact person: sent with each of its permits with its e-mail address (an e-mail
 * customer's own, or the one a strongly identified customer gave), so it is checked by the same rule
 * as any send's contact (form-library/contact).
 */
import { checkContact } from '../../form-library/contact';
import type { Lang } from '../../form-library/format/types';
import { unprocessable } from '../http/errors';

export function checkedProjectContact(
  contact: { name: string; phone?: string | null },
  email: string,
  lang: Lang,
): { name: string; phone: string | null; email: string } {
  const checked = checkContact({ name: contact.name, email, phone: contact.phone ?? null }, lang);
  if (!checked.ok) throw unprocessable('The contact is invalid', checked.errors);
  return { name: checked.contact.name, phone: checked.contact.phone, email: checked.contact.email };
}
