/** The header link to one's own two-step verification settings, in both apps. */
import { Link, useLocation } from 'react-router-dom';
import { useTexts } from '../i18n/texts';
import { secondFactorTexts } from '../../i18n/catalogs/second-factor';

export function SecondFactorLink({ to, className }: { to: string; className?: string }) {
  const t = useTexts(secondFactorTexts);
  const here = useLocation().pathname === to;
  return (
    <Link to={to} className={className} aria-current={here ? 'page' : undefined}>
      {t('title')}
    </Link>
  );
}
