/**
 * What the customer is told about a case's life after sending, the same on the service page, the
 * receipt and My submissions: the response time and the authority's contact text; what a supplement
 * changes; the decisions to download.
 */
import { useLang, useTexts } from '../../ui/i18n/texts';
import { customerTexts } from '../../i18n/catalogs/customer';
import { formatAnswerDate, formatDateTime } from '../../i18n/intl-format';
import { SupplementChangeList, type SupplementChanges } from '../../ui/cases/SupplementChangeList';
import type { MyDecision } from './api';

export interface ResponsePromiseProps {
  respondWithinDays?: number | null;
  /** The day the answer is due, once sent. */
  dueDate?: string | null;
  contactText?: string | null;
  /** 2 on a page of its own sections, 3 inside a section. */
  headingLevel?: 2 | 3;
}

/** The deployment's response time (and the due day) and the authority's contact text for customers. */
export function ResponsePromise({ respondWithinDays, dueDate, contactText, headingLevel = 3 }: ResponsePromiseProps) {
  const l = useTexts(customerTexts);
  const lang = useLang();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading>{l('responseTime')}</Heading>
      <p data-testid="response-time">
        {respondWithinDays ? l('respondWithin', { days: respondWithinDays }) : l('noResponseTime')}
        {dueDate && <> {l('dueBy', { date: formatAnswerDate(dueDate, lang) })}</>}
      </p>
      {contactText && (
        <>
          <Heading>{l('authorityContact')}</Heading>
          <p className="contact-text" data-testid="authority-contact">{contactText}</p>
        </>
      )}
    </>
  );
}

/** What a supplement will change, in the customer's words; the heading above names it, so the caption is for screen readers. */
export function ChangeList({ changes }: { changes: SupplementChanges }) {
  const l = useTexts(customerTexts);
  return <SupplementChangeList changes={changes} texts={l} classes={{ table: 'table changes', caption: 'visually-hidden' }} />;
}

/** The decisions given on a submission, each with its document (and attached PDF) to download and its appeal instructions. */
/**
 * That the authority's case-management system has received the case (as Altinn tells it), with
 * its reference there for the customer to quote.
 */
export function CaseManagementReceipt({ authority, ack }: { authority: string; ack: { caseManagementId: string; acknowledgedAt: string } }) {
  const t = useTexts(customerTexts);
  const lang = useLang();
  return (
    <section className="panel" aria-labelledby="case-management-title" data-testid="case-management">
      <h2 id="case-management-title">{t('caseManagementTitle')}</h2>
      <p>{t('caseManagementText', { authority, reference: ack.caseManagementId, date: formatDateTime(ack.acknowledgedAt, lang) })}</p>
    </section>
  );
}

export function DecisionList({ decisions }: { decisions: MyDecision[] }) {
  const l = useTexts(customerTexts);
  const lang = useLang();
  return (
    <section className="panel decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{l('decisionTitle')}</h2>
      {decisions.map((d) => (
        <div key={d.id}>
          <p><strong>{l('decidedOn', { date: formatDateTime(d.decidedAt, lang) })}</strong></p>
          {d.text && <p className="decision__text">{d.text}</p>}
          <div className="actions actions--inline">
            <a className="button button--primary" href={d.documentHref} download>{l('downloadDecision')}</a>
            {d.file && d.fileHref && <a className="button button--secondary" href={d.fileHref} download={d.file.name}>{l('downloadAttached', { name: d.file.name })}</a>}
          </div>
          {d.appeal && (
            <>
              <h3>{d.appeal.title}</h3>
              <p className="decision__text">{d.appeal.text}</p>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
