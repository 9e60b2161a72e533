import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { kallioConcert } from './export-fixture';
import { inboxCsv, neutralizeFormula } from './inbox-csv';

describe('inboxCsv', () => {
  it('starts with a BOM and separates by semicolons for Finnish Excel', () => {
    const csv = inboxCsv([kallioConcert], 'fi');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('Viite;Lomakepaketin versio;Asiointi;Kunta;Tila;Lähetetty;Määräpäivä;Päätöspäivä;Asiakas');
  });

  it('gives one row per submission with every answer under its label', () => {
    const records = parse(inboxCsv([kallioConcert], 'fi'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      Viite: 'KV-2026-000042',
      'Lomakepaketin versio': 'event-organising v2',
      Kunta: 'Helsinki (091)',
      Lähetetty: '4.5.2026 12:30',
      Määräpäivä: '12.6.2026',
      Päätöspäivä: '',
      'Tapahtuman nimi': 'Kallio Block Party',
      'Järjestäjä: Nimi': 'Kallio-Seura ry',
    });
  });

  it('gives the decision date of a decided case', () => {
    const decided = { ...kallioConcert, decidedAt: '2026-06-02T07:15:00.000Z' };
    const records = parse(inboxCsv([decided], 'sv'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records[0]).toMatchObject({ Förfallodag: '12.6.2026', Beslutsdatum: '2.6.2026 10:15' });
  });

  it('puts the union of answer columns and leaves a cell empty where a service has no such field', () => {
    const other = { ...kallioConcert, reference: 'KV-2026-000043', answers: [{ path: 'stalls', label: 'Myyntipaikkoja', value: '12' }] };
    const records = parse(inboxCsv([kallioConcert, other], 'en'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records[1]).toMatchObject({ Reference: 'KV-2026-000043', Myyntipaikkoja: '12', 'Tapahtuman nimi': '' });
    expect(records[0].Myyntipaikkoja).toBe('');
  });

  it('never lets customer text run as a spreadsheet formula', () => {
    const records = parse(inboxCsv([kallioConcert], 'fi'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records[0]['Järjestäjä: Lisätiedot']).toBe(`'=HYPERLINK("http://evil.invalid")`);
    expect(neutralizeFormula('+358 40 123 4567')).toBe('+358 40 123 4567');
    expect(neutralizeFormula('-5')).toBe('-5');
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
