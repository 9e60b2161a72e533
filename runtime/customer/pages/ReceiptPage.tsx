import { Link, useLocation, useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { AnswerSummary } from '../../form-renderer';
import { customerApi } from '../api';
import { loadReceipt, type Receipt } from '../drafts';
import { PageHeading, usePath } from '../page-kit';
import { formatDateTime } from '../../../i18n/intl-format';
import { PrivacyNoticeInfo } from '../PrivacyNoticeInfo';
import { useLoad } from '../use-load';

/** The receipt: reference, authority, time, and a printable summary of what was sent. */
export function ReceiptPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const lang = useLang();
  const t = useTexts(customerTexts);
  const path = usePath();
  const receipt = (location.state as Receipt | null) ?? loadReceipt(sessionStorage, id);
  const form = useLoad(() => (receipt ? customerApi.form(receipt.deploymentId, lang) : Promise.resolve(null)), `${receipt?.deploymentId}|${lang}`);

  if (!receipt) {
    return (
      <>
        <PageHeading title={t('receiptTitle')}>{t('receiptTitle')}</PageHeading>
        <p className="notice">{t('receiptMissing')}</p>
        <p><Link to={path('kirjaudu')}>{t('navSignIn')}</Link></p>
      </>
    );
  }
  const { result } = receipt;
  return (
    <>
      <PageHeading title={t('receiptTitle')}>{t('receiptTitle')}</PageHeading>
      <div className="notice notice--ok" role="status">
        <p>{t('receiptLead')}</p>
      </div>
      <section className="panel receipt" aria-labelledby="receipt-facts">
        <h2 id="receipt-facts" className="visually-hidden">{t('reference')}</h2>
        <dl className="receipt__facts">
          <dt>{t('reference')}</dt>
          <dd className="reference" data-testid="reference">{result.reference}</dd>
          <dt>{t('service')}</dt>
          <dd>{form.data?.service.name ?? receipt.serviceName}</dd>
          <dt>{t('authority')}</dt>
          <dd>{result.authority.name}</dd>
          <dt>{t('sentAt')}</dt>
          <dd><time dateTime={result.submittedAt}>{formatDateTime(result.submittedAt, lang)}</time></dd>
        </dl>
        {form.data && <PrivacyNoticeInfo notice={form.data.privacyNotice} />}
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>{t('print')}</button>
        </div>
        <h2>{t('yourAnswers')}</h2>
        {form.data && <AnswerSummary definition={form.data.definition} lang={lang} data={receipt.data} attachments={receipt.attachments} headingLevel={3} />}
        <h3>{t('contactInfo')}</h3>
        <dl className="answers">
          <div className="answers__row"><dt>{t('contactName')}</dt><dd>{receipt.contact.name}</dd></div>
          <div className="answers__row"><dt>{t('contactEmail')}</dt><dd>{receipt.contact.email}</dd></div>
          {receipt.contact.phone && <div className="answers__row"><dt>{t('contactPhone')}</dt><dd>{receipt.contact.phone}</dd></div>}
        </dl>
      </section>
      <section className="panel no-print">
        <h2>{t('followTitle')}</h2>
        <p>{t('followLead')}</p>
        <div className="actions">
          <Link className="button button--primary" to={path('omat')}>{t('toMine')}</Link>
          <Link className="button button--secondary" to={path(`asioi/${receipt.municipality}`)}>{t('again')}</Link>
        </div>
      </section>
    </>
  );
}
