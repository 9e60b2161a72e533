/** Desk URLs: /:lang/virkailija/… (see runtime/main.tsx). */
import type { Lang } from '../../../form-library/format/types';

export const deskPaths = {
  inbox: (lang: Lang, search = '') => `/${lang}/virkailija${search ? `?${search}` : ''}`,
  case: (lang: Lang, id: number | string) => `/${lang}/virkailija/asiat/${id}`,
  alerts: (lang: Lang) => `/${lang}/virkailija/heratteet`,
  password: (lang: Lang) => `/${lang}/virkailija/salasana`,
  secondFactor: (lang: Lang) => `/${lang}/virkailija/kaksivaiheinen`,
};
