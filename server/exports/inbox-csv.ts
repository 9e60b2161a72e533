/**
 * The inbox as CSV: one row per submission, fixed columns first, then one column per answer label.
 * Default: semicolon-separated with a UTF-8 byte-order mark, because Finnish and Swedish Excel use
 * the comma as decimal separator, split on semicolons and need the BOM to read ä and ö correctly.
 */
import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../../form-library/format/types';
import type { CaseExport } from './case-export';
import { exportTexts } from '../../i18n/catalogs/server';
import { formatExportDate, formatExportDateTime } from '../../i18n/intl-format';
import { translator } from '../../i18n/translate';

export interface CsvOptions {
  delimiter?: ';' | ',';
  bom?: boolean;
}

/** The answer columns of many submissions: every label once, in the order first met. */
export function answerColumns(cases: CaseExport[]): string[] {
  const seen = new Set<string>();
  const columns: string[] = [];
  for (const c of cases) {
    for (const row of c.answers) {
      if (!seen.has(row.label)) {
        seen.add(row.label);
        columns.push(row.label);
      }
    }
  }
  return columns;
}

/**
 * Customer-typed text must not run as a spreadsheet formula (CSV injection): a cell starting with
 * = @ + - or a control character gets a leading apostrophe, except plain numbers and phone numbers.
 */
export function neutralizeFormula(value: string): string {
  if (/^[+-][\d\s()-]*$/.test(value)) return value;
  return /^[=@+\-\t\r]/.test(value) ? `'${value}` : value;
}

export function inboxCsv(cases: CaseExport[], lang: Lang, options: CsvOptions = {}): string {
  const t = translator(exportTexts, lang);
  const columns = answerColumns(cases);
  const header = [
    t('reference'), t('packVersion'), t('service'), t('municipality'), t('status'), t('submitted'), t('dueDate'), t('decided'), t('customer'), t('email'),
    ...columns,
  ];
  const rows = cases.map((c) => {
    const byLabel = new Map(c.answers.map((a) => [a.label, a.value]));
    const cells = [
      c.reference, c.packVersion, c.service, c.municipality, c.status, formatExportDateTime(c.submittedAt),
      c.dueDate ? formatExportDate(c.dueDate) : '', c.decidedAt ? formatExportDateTime(c.decidedAt) : '', c.customer.name, c.customer.email,
      ...columns.map((label) => byLabel.get(label) ?? ''),
    ];
    return cells.map(neutralizeFormula);
  });
  return stringify([header, ...rows], { delimiter: options.delimiter ?? ';', bom: options.bom ?? true, record_delimiter: 'windows' });
}
