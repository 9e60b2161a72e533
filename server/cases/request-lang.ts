/** The language a request asks for (`?lang=`), Finnish when absent or unknown. */
import type { Request } from 'express';
import { isLang, type Lang } from '../../i18n/lang';

export { isLang };

export function requestLang(req: Request, fallback: Lang = 'fi'): Lang {
  const q = req.query.lang;
  return isLang(q) ? q : fallback;
}
