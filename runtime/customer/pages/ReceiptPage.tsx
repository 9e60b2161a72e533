import { Link, useLocation, useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { AnswerSummary } from '../../form-renderer';
import { customerApi } from '../api';
import { loadReceipt, type Receipt } from '../drafts';
import { ResponsePromise } from '../lifecycle-kit';
import { PageHeading, usePath } from '../page-kit';
import { formatDateTime } from '../../../i18n/intl-format';
import { PrivacyNoticeInfo } from '../PrivacyNoticeInfo';
import { useLoad } from '../use-load';

/**
 * The receipt: a confirmation with the reference, then what happens next (who handles it, the response
 * time and due day, how alerts arrive, how to follow it, the authority's contact), and what was sent.
 * Printing it leaves out the site's frame and buttons (the print stylesheet).
 */
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
      <section className="panel receipt receipt--confirmed" aria-labelledby="receipt-confirmed">
        <h2 id="receipt-confirmed">{t('receiptConfirm')}</h2>
        <p>{t('receiptLead')}</p>
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
      </section>
      <section className="panel receipt-next" aria-labelledby="receipt-next">
        <h2 id="receipt-next">{t('nextTitle')}</h2>
        <h3>{t('whoHandles')}</h3>
        <p>{t('nextHandler', { authority: result.authority.name })}</p>
        <ResponsePromise respondWithinDays={form.data?.respondWithinDays} dueDate={result.dueDate} contactText={form.data?.contactText} />
        <h3>{t('howAlerts')}</h3>
        <p>{t('nextAlerts', { email: receipt.contact.email })}</p>
        <h3>{t('howFollow')}</h3>
        <p>{t('nextFollow')}</p>
        {form.data && <PrivacyNoticeInfo notice={form.data.privacyNotice} />}
        <div className="actions">
          <Link className="button button--primary" to={path('omat')}>{t('toMine')}</Link>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>{t('print')}</button>
          <Link className="button button--secondary" to={path(`asioi/${receipt.municipality}`)}>{t('again')}</Link>
        </div>
      </section>
      <section className="panel receipt" aria-labelledby="receipt-answers">
        <h2 id="receipt-answers">{t('yourAnswers')}</h2>
        {form.data && <AnswerSummary definition={form.data.definition} lang={lang} data={receipt.data} attachments={receipt.attachments} headingLevel={3} />}
        <h3>{t('contactInfo')}</h3>
        <dl className="answers">
          <div className="answers__row"><dt>{t('contactName')}</dt><dd>{receipt.contact.name}</dd></div>
          <div className="answers__row"><dt>{t('contactEmail')}</dt><dd>{receipt.contact.email}</dd></div>
          {receipt.contact.phone && <div className="answers__row"><dt>{t('contactPhone')}</dt><dd>{receipt.contact.phone}</dd></div>}
        </dl>
      </section>
    </>
  );
}
