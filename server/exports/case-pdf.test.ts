import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { casePdf } from './case-pdf';
import { kallioConcert } from './export-fixture';

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('casePdf', () => {
  it('prints the reference, pack version, status, every answer with its label, and the history', async () => {
    const text = await pdfText(await casePdf(kallioConcert, 'fi', new Date('2026-05-06T10:00:00Z')));
    for (const expected of [
      'KV-2026-000042', 'Helsingin poliisilaitos', 'event-organising v2', 'Käsittelyssä',
      'Tapahtuman nimi', 'Kallio Block Party', 'Järjestäjä: Nimi', 'Kallio-Seura ry', 'asemapiirros.pdf',
      'Lähetetty → Vastaanotettu', 'sisäinen, ei näy asiakkaalle', 'Soitettu järjestäjälle',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('uses the handler language for its own headings', async () => {
    const text = await pdfText(await casePdf(kallioConcert, 'sv'));
    expect(text).toContain('Behandlingshistorik');
    expect(text).toContain('Formulärpaketets version');
  });
});
