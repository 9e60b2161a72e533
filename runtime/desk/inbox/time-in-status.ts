/** "Time in current status" for the inbox: short, readable, in the handler's language. */
import type { Lang } from '../../../form-library/format/types';

const UNITS: Record<Lang, { d: string; h: string; min: string; justNow: string }> = {
  fi: { d: 'pv', h: 'h', min: 'min', justNow: 'juuri nyt' },
  sv: { d: 'd', h: 'h', min: 'min', justNow: 'nyss' },
  en: { d: 'd', h: 'h', min: 'min', justNow: 'just now' },
};

/** e.g. '3 pv 4 h', '5 h 10 min', '12 min'; under a minute 'juuri nyt'. */
export function timeInStatus(since: string, now: Date, lang: Lang): string {
  const u = UNITS[lang];
  const ms = now.getTime() - new Date(since).getTime();
  if (!Number.isFinite(ms) || ms < 60_000) return u.justNow;
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} ${u.d} ${hours} ${u.h}` : `${days} ${u.d}`;
  if (hours > 0) return mins > 0 ? `${hours} ${u.h} ${mins} ${u.min}` : `${hours} ${u.h}`;
  return `${mins} ${u.min}`;
}

/** A timestamp as the desk shows it: 'D.M.YYYY HH.MM' in Finnish time (English and Swedish alike). */
export function formatTimestamp(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-GB' : 'fi-FI';
  return d.toLocaleString(locale, { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
