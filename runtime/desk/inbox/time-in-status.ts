/** "Time in current status" for the inbox: short, readable, in the handler's language. */
import { formatDuration } from '../../../i18n/intl-format';
import type { Lang } from '../../../i18n/lang';

/** e.g. '3 pv 4 h', '5 h 10 min', '12 min'; under a minute 'juuri nyt'. */
export function timeInStatus(since: string, now: Date, lang: Lang): string {
  return formatDuration(now.getTime() - new Date(since).getTime(), lang);
}
