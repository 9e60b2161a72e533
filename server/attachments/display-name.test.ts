import { describe, expect, it } from 'vitest';
import { displayName } from './display-name';

describe('the display name of an upload', () => {
  it('keeps Nordic letters and drops folders, control and reserved characters', () => {
    expect(displayName('C:\\Users\\aino\\Pelastussuunnitelma Åbo.pdf', 'application/pdf')).toBe('Pelastussuunnitelma Åbo.pdf');
    expect(displayName('../../etc/passwd', 'text/plain')).toBe('passwd.txt');
    expect(displayName('kartta\u0000"<x>".png', 'image/png')).toBe('karttax.png');
    expect(displayName('...', 'application/pdf')).toBe('liite.pdf');
  });

  it('drops bidirectional overrides and invisible characters, so the name reads as it is', () => {
    expect(displayName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.pdf');
    expect(displayName('lasku\u2066\u200B.pdf\u2069', 'application/pdf')).toBe('lasku.pdf');
  });

  it('gives the extension of the type the content was found to be', () => {
    expect(displayName('päätös.html', 'text/plain')).toBe('päätös.txt');
    expect(displayName('kartta.svg', 'text/plain')).toBe('kartta.txt');
    expect(displayName('Kuva.JPEG', 'image/jpeg')).toBe('Kuva.JPEG');
    expect(displayName('valokuva', 'image/jpeg')).toBe('valokuva.jpg');
    expect(displayName('Pelastussuunnitelma v1.2', 'application/pdf')).toBe('Pelastussuunnitelma v1.2.pdf');
  });

  it('shortens long names to 200 characters but keeps the extension', () => {
    const name = displayName(`${'järjestyssuunnitelma-'.repeat(20)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
