/**
 * Contact details a customer might type, with the fields the contact check refuses. The first ones
 * are where the browser's and the server's copies of the rule once disagreed. Tests feed them to
 * the check itself and through POST /api/submissions, and require the same answer.
 */
export const CONTACT_CASES: Array<{ contact: Record<string, unknown>; refused: string[] }> = [
  { contact: { name: 'Aino Virtanen', email: 'aino@example.fi.', phone: '040 123 4567' }, refused: ['contact.email'] },
  { contact: { name: 'Aino Virtanen', email: 'aino@example.fi', phone: '12345' }, refused: ['contact.phone'] },
  { contact: { name: ' ', email: 'saara@', phone: '' }, refused: ['contact.name', 'contact.email'] },
  { contact: { name: 'x'.repeat(201), email: 'aino@example.fi' }, refused: ['contact.name'] },
  { contact: { name: 'Aino Virtanen', email: 'aino@example', phone: null }, refused: ['contact.email'] },
  { contact: { name: 'Aino Virtanen', email: 'aino@example.fi', phone: 40123 }, refused: ['contact.phone'] },
  { contact: { name: 'Saara Virtanen', email: ' Saara.Virtanen@Example.FI ', phone: ' 040 1234 567 890 ' }, refused: [] },
  { contact: { name: 'Erik Holmström', email: 'erik@example.fi', phone: '+358 50 321 7788' }, refused: [] },
  { contact: { name: 'Erik Holmström', email: 'erik@example.fi' }, refused: [] },
];

