import { describe, expect, it } from 'vitest';
import { checkContact, isValidEmail } from './index';
import { CONTACT_CASES } from '../test-fixtures/contact-cases';

describe('the contact check (the browser’s contact step and the server’s, one rule)', () => {
  it('refuses what the server refused and the browser let through, and the other way round', () => {
    for (const { contact, refused } of CONTACT_CASES) {
      const result = checkContact(contact, 'fi');
      expect(result.ok ? [] : result.errors.map((e) => e.path), JSON.stringify(contact)).toEqual(refused);
    }
  });

  it('gives the details back as stored: trimmed, email in lower case, no phone as null', () => {
    expect(checkContact({ name: ' Saara ', email: ' Saara@Example.fi ', phone: ' ' }, 'sv')).toEqual({
      ok: true, contact: { name: 'Saara', email: 'saara@example.fi', phone: null },
    });
  });

  it('names each problem in the customer’s language', () => {
    const result = checkContact({ name: '', email: 'aino@example.fi.', phone: '12345' }, 'sv');
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'contact.name', message: 'Skriv ditt namn.' },
      { path: 'contact.email', message: 'Skriv e-postadressen i formen namn@exempel.fi.' },
      { path: 'contact.phone', message: 'Kontrollera telefonnumret, till exempel 040 123 4567 eller +358 40 123 4567.' },
    ]);
  });

  it('takes an email address with one @, a dotted domain and no trailing dot', () => {
    for (const good of ['aino@example.fi', 'a.b+c@kunta.hel.fi']) expect(isValidEmail(good), good).toBe(true);
    for (const bad of ['aino@example.fi.', 'aino@@example.fi', 'aino example@example.fi', 'aino@fi', `${'a'.repeat(65)}@example.fi`]) expect(isValidEmail(bad), bad).toBe(false);
  });
});
