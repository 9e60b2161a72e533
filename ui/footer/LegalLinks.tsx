/**
 * Links to the privacy notice and the accessibility statement, for the footer of every app. The
 * pages live in the customer app (public, no sign-in) at /:lang/tietosuoja and /:lang/saavutettavuus;
 * an app inside the customer app's router passes its own link component, the builder (another
 * app under /builder) uses plain links.
 */
import type { ReactNode } from 'react';
import { useLang, useTexts } from '../i18n/texts';
import { footerTexts } from '../../i18n/catalogs/footer';

export const NOTICE_PATHS = { privacy: 'tietosuoja', accessibility: 'saavutettavuus' } as const;

type RenderLink = (href: string, text: string) => ReactNode;

const plainLink: RenderLink = (href, text) => <a href={href}>{text}</a>;

export function LegalLinks({ className, renderLink = plainLink }: { className?: string; renderLink?: RenderLink }) {
  const lang = useLang();
  const t = useTexts(footerTexts);
  return (
    <ul className={className} aria-label={t('legal')}>
      <li>{renderLink(`/${lang}/${NOTICE_PATHS.privacy}`, t('privacy'))}</li>
      <li>{renderLink(`/${lang}/${NOTICE_PATHS.accessibility}`, t('accessibility'))}</li>
    </ul>
  );
}
