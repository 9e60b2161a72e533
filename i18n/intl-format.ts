/**
 * Dates, numbers, file sizes and durations as each language writes them, all through `Intl`:
 * the one place where a screen, an email, a PDF or a CSV turns a moment or a number into text.
 * Formatters are built once per language and options (building one is what costs).
 */
import { formatsTexts } from './catalogs/formats';
import { LOCALES, type Lang } from './lang';
import { translator } from './translate';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d ${locale} ${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n ${locale} ${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

function moment(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

const HELSINKI = 'Europe/Helsinki';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function utcDate(iso: string, whole: boolean): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m || (whole && iso.length !== 10)) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** A moment in the reader's language and the browser's time zone: "12.5.2026 klo 14.30", "12 May 2026, 14:30". Empty for none; an unreadable value as it is. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = moment(iso);
  return d ? dateFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(d) : iso;
}

/** A moment as the desk lists it, in Finnish time and numbers only: "12.5.2026 klo 14.30", "12/05/2026, 14:30". */
export function formatTimestamp(iso: string, lang: Lang): string {
  const d = moment(iso);
  return d
    ? dateFormat(LOCALES[lang], { timeZone: HELSINKI, day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d)
    : iso;
}

/** A moment in an export (CSV, PDF), in Finnish time as "D.M.YYYY HH:MM", which Finnish and Swedish Excel both read as a date. */
export function formatExportDateTime(iso: string): string {
  const d = moment(iso);
  if (!d) return iso;
  const parts = dateFormat('en-GB', { timeZone: HELSINKI, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(get('day'))}.${Number(get('month'))}.${get('year')} ${get('hour')}:${get('minute')}`;
}

/** A calendar day (`YYYY-MM-DD`) in an export (CSV, PDF) as "D.M.YYYY", which Finnish and Swedish Excel read as a date. */
export function formatExportDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : day;
}

/**
 * A calendar date (`YYYY-MM-DD`, or the date of a timestamp) inside a sentence: 1.6.2026 in Finnish
 * and Swedish, ISO in English to avoid month/day confusion. Anything else is returned as it is.
 */
export function formatShortDate(iso: string, lang: Lang): string {
  const d = utcDate(iso, false);
  if (!d) return iso;
  return lang === 'en' ? iso.slice(0, 10) : dateFormat(LOCALES[lang], { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' }).format(d);
}

/** A date answer (`YYYY-MM-DD`) as summaries, receipts and exports show it: 1.6.2026, or 1 June 2026 in English. */
export function formatAnswerDate(iso: string, lang: Lang): string {
  const d = utcDate(iso, true);
  if (!d) return iso;
  const style: Intl.DateTimeFormatOptions = lang === 'en' ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'numeric', year: 'numeric' };
  return dateFormat(LOCALES[lang], { timeZone: 'UTC', ...style }).format(d);
}

/** A number with the language's decimal mark and digit grouping: 12 345,5 or 12,345.5. */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return numberFormat(LOCALES[lang], options).format(value);
}

/** A file size: "512 B", "84 kB", "2,5 MB". */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, { maximumFractionDigits: 0 })} kB`;
  return `${formatNumber(bytes / 1024 / 1024, lang, { maximumFractionDigits: 1 })} MB`;
}

/** A time span, short: "3 pv 4 h", "5 h 10 min", "12 min"; under a minute "juuri nyt". Two units at most. */
export function formatDuration(ms: number, lang: Lang): string {
  const t = translator(formatsTexts, lang);
  if (!Number.isFinite(ms) || ms < 60_000) return t('justNow');
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts =
    days > 0
      ? [t('days', { n: days }), hours > 0 ? t('hours', { n: hours }) : '']
      : hours > 0
        ? [t('hours', { n: hours }), mins > 0 ? t('minutes', { n: mins }) : '']
        : [t('minutes', { n: mins })];
  return parts.filter(Boolean).join(' ');
}
