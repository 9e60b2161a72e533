/** The language a request asks for (`?lang=`), Finnish when absent or unknown. */
import type { Request } from 'express';
import { LANGS, type Lang } from '../../form-library/format/types';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function requestLang(req: Request, fallback: Lang = 'fi'): Lang {
  const q = req.query.lang;
  return isLang(q) ? q : fallback;
}
