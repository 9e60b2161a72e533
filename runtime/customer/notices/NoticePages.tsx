/** The two public notice pages, loaded only when visited (their texts are long). */
import { accessibilityStatementTexts, privacyNoticeTexts } from '../../../i18n/catalogs/notices';
import { NoticePage } from './NoticePage';

export function PrivacyNoticePage() {
  return <NoticePage catalog={privacyNoticeTexts} />;
}

export function AccessibilityStatementPage() {
  return <NoticePage catalog={accessibilityStatementTexts} />;
}
