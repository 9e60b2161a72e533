/**
 * The project's permits: each with its service, the authority responsible for it, draft or sent;
 * a draft's fields still to fill; a sent one's status, reference, due date, request for more
 * information and the processing-time estimate when the server has one.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatAnswerDate } from '../../../i18n/intl-format';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { type TextsOf } from '../../../i18n/translate';
import { reasonOf, usePath } from '../page-kit';
import { InlineConfirm } from './InlineConfirm';
import { projectsApi, type ProjectPermit } from './projects-api';

export function estimateText(estimate: ProjectPermit['estimate'], t: TextsOf<typeof projectTexts>): string | null {
  if (!estimate) return null;
  if (estimate.kind === 'measured') return t('estimateMeasured', { median: estimate.medianDays, p80: estimate.p80Days, cases: estimate.cases });
  return t('estimateTarget', { days: estimate.days });
}

interface Props {
  projectId: number;
  permits: ProjectPermit[];
  onChanged(message: string): void;
}

export function PermitList({ projectId, permits, onChanged }: Props) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const path = usePath();
  const [removing, setRemoving] = useState<ProjectPermit | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (permits.length === 0) return <p className="notice">{t('permitsEmpty')}</p>;

  async function remove(permit: ProjectPermit) {
    setBusy(true);
    setError(null);
    try {
      await projectsApi.removePermit(projectId, permit.id);
      setRemoving(null);
      onChanged(t('permitRemoved', { service: permit.service.name }));
    } catch (err) {
      setError(t('removeFailed', { reason: reasonOf(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ul className="service-list permit-list">
      {permits.map((p) => {
        const estimate = estimateText(p.estimate, t);
        const sub = p.submission;
        return (
          <li key={p.id} className="service-card permit" data-permit={p.service.id}>
            <h3>{p.service.name}</h3>
            <p className="service-card__authority">{t('handledBy', { authority: p.authority.name })}</p>
            {p.state === 'draft' ? (
              <>
                <p>
                  <span className="tag">{t('draft')}</span>{' '}
                  {p.missing.length > 0 ? t('missingCount', { count: p.missing.length }) : <strong>{t('readyToSend')}</strong>}
                </p>
                <div className="actions actions--inline">
                  <Link className="button button--primary" to={path(`hankkeet/${projectId}/luvat/${p.id}`)}
                    aria-label={`${p.missing.length > 0 ? t('fillPermit') : t('checkAndSend')}: ${p.service.name}`}>
                    {p.missing.length > 0 ? t('fillPermit') : t('checkAndSend')}
                  </Link>
                  <button type="button" className="button button--link" onClick={() => setRemoving(p)} aria-label={`${t('removePermit')}: ${p.service.name}`}>
                    {t('removePermit')}
                  </button>
                </div>
                {removing?.id === p.id && (
                  <InlineConfirm id={`remove-permit-${p.id}`} title={t('removePermitConfirm', { service: p.service.name })} confirmLabel={t('removePermit')} cancelLabel={t('cancel')}
                    danger busy={busy} busyLabel={t('removing')} onConfirm={() => void remove(p)} onCancel={() => setRemoving(null)}>
                    <p>{t('removePermitExplain')}</p>
                    {error && <p className="notice notice--error" role="alert">{error}</p>}
                  </InlineConfirm>
                )}
              </>
            ) : sub ? (
              <dl className="answers">
                <div className="answers__row"><dt>{t('status')}</dt><dd><span className="status" data-status={sub.status.id}>{sub.status.label}</span></dd></div>
                <div className="answers__row"><dt>{t('reference')}</dt><dd><Link to={path(`omat/${sub.id}`)} className="reference">{sub.reference}</Link></dd></div>
                {sub.dueDate && <div className="answers__row"><dt>{t('dueDate')}</dt><dd><time dateTime={sub.dueDate}>{formatAnswerDate(sub.dueDate, lang)}</time></dd></div>}
                {sub.infoRequest && (
                  <div className="answers__row"><dt>{t('infoRequested')}</dt><dd>
                    {sub.infoRequest.question}
                    {sub.infoRequest.replyBy && <> {t('replyBy', { date: formatAnswerDate(sub.infoRequest.replyBy, lang) })}</>}
                    {' '}<Link to={path(`omat/${sub.id}`)} aria-label={`${t('answerRequest')}: ${p.service.name}`}>{t('answerRequest')}</Link>
                  </dd></div>
                )}
                {estimate && !sub.decided && <div className="answers__row"><dt>{t('estimate')}</dt><dd>{estimate}</dd></div>}
              </dl>
            ) : null}
            {p.state === 'draft' && estimate && <p className="hint">{estimate}</p>}
          </li>
        );
      })}
    </ul>
  );
}
