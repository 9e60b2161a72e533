/**
 * How a customer's personal data is processed in this service: Kevyt's general privacy notice, and
 * the handling authority's own notice when its deployment gives one (a link, or a text that opens).
 */
import { Link } from 'react-router-dom';
import { NOTICE_PATHS } from '../../ui/footer/LegalLinks';
import { useTexts } from '../../ui/i18n/texts';
import { customerTexts } from '../../i18n/catalogs/customer';
import type { PrivacyNotice } from './api';
import { usePath } from './page-kit';

export function PrivacyNoticeInfo({ notice }: { notice: PrivacyNotice | null | undefined }) {
  const t = useTexts(customerTexts);
  const path = usePath();
  return (
    <div className="privacy-info">
      <p>
        {t('privacyIntro')} <Link to={path(NOTICE_PATHS.privacy)}>{t('privacyGeneral')}</Link>
        {notice?.kind === 'url' && (
          <>
            {' · '}
            <a href={notice.url}>{t('privacyAuthority')}</a>
          </>
        )}
      </p>
      {notice?.kind === 'text' && (
        <details>
          <summary>{t('privacyAuthority')}</summary>
          <p className="privacy-info__text">{notice.text}</p>
        </details>
      )}
    </div>
  );
}
