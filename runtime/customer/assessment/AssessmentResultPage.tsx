/**
 * An assessment's result: the services needed and maybe needed in the municipality, each with the
 * authority that handles it there, why (the reason and its legal source), the response time as a
 * target, and a link to start it; a service not offered online names the authority to contact.
 * Printable, and kept at its address (and in My submissions for a signed-in customer).
 */
import { Link, useParams } from 'react-router-dom';
import type { ResultService } from '../../../form-library/assessment/result-view';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { AnswerSummary } from '../../form-renderer/AnswerSummary';
import { LoadError, Loading, PageHeading, usePath } from '../page-kit';
import type { ServiceLinkState } from '../service-form-load';
import { useLoad } from '../use-load';
import { assessmentApi } from './assessment-api';
import { saveAssessmentDraft } from './assessment-draft';
import { assessmentTexts } from '../../../i18n/catalogs/assessment';
import { projectTexts } from '../../../i18n/catalogs/project';

function ServiceItem({ item, municipality }: { item: ResultService; municipality: string }) {
  const t = useTexts(assessmentTexts);
  const path = usePath();
  const { offer } = item;
  return (
    <li className="service-card assessment-service">
      <h3>{item.name}</h3>
      {item.kind && <p><span className="tag">{item.kind === 'application' ? t('application') : t('notification')}</span></p>}
      {offer.kind === 'online' && (
        <>
          <p className="service-card__authority">{t('handledBy', { authority: offer.authority.name })}</p>
          {offer.estimate && <p>{t('target', { days: offer.estimate.days })}</p>}
        </>
      )}
      {offer.kind === 'contact' && (
        <p className="notice notice--warn assessment-service__contact">
          {offer.authority ? t('notOnline', { authority: offer.authority.name }) : t('notOnlineNoAuthority')}
        </p>
      )}
      {offer.kind === 'withdrawn' && <p className="notice notice--warn assessment-service__contact">{t('withdrawn')}</p>}
      <h4>{t('why')}</h4>
      <ul className="assessment-reasons">
        {item.reasons.map((r) => (
          <li key={r.rule}>
            <p>{r.reason}</p>
            <p className="assessment-reasons__source">{t('legalSource', { source: r.legalSource })}</p>
          </li>
        ))}
      </ul>
      {offer.kind === 'online' && (
        <p className="no-print">
          <Link
            className="button button--primary"
            to={path(`asioi/${municipality}/palvelu/${offer.deploymentId}`)}
            state={{ packVersion: offer.packVersion } satisfies ServiceLinkState}
          >
            {t('startService', { service: item.name })}
          </Link>
        </p>
      )}
    </li>
  );
}

export function AssessmentResultPage() {
  const { resultId = '' } = useParams();
  const lang = useLang();
  const t = useTexts(assessmentTexts);
  const tp = useTexts(projectTexts);
  const path = usePath();
  const result = useLoad(() => assessmentApi.result(resultId, lang), `${resultId}|${lang}`);
  const signedIn = useLoad(() => assessmentApi.signedIn(), 'signed-in');

  if (result.error) {
    if (result.error instanceof ApiError && result.error.status === 404) return <PageHeading title={t('resultNotFound')}>{t('resultNotFound')}</PageHeading>;
    return <LoadError error={result.error} onRetry={result.reload} />;
  }
  if (!result.data) return <Loading />;
  const r = result.data;
  const place = lang === 'sv' ? r.municipality.sv || r.municipality.fi : r.municipality.fi || r.municipality.sv;
  const title = t('resultTitle', { name: r.assessment.name, municipality: place });
  const needed = r.services.filter((s) => s.level === 'needed');
  const maybe = r.services.filter((s) => s.level === 'maybe');
  const address = `${window.location.origin}${path(`selvitys/tulos/${r.id}`)}`;

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {r.services.length === 0 ? (
        <p className="notice">{t('resultNone')}</p>
      ) : (
        <p className="lead">{t('resultLead', { municipality: place })}</p>
      )}
      {r.services.length > 0 && r.onlineCount === 0 && <p className="notice notice--warn">{t('noOffering', { municipality: place })}</p>}
      {needed.length > 0 && (
        <section aria-labelledby="needed-heading" className="assessment-group">
          <h2 id="needed-heading">{t('needed')} ({needed.length})</h2>
          <ul className="service-list">
            {needed.map((s) => <ServiceItem key={`${s.service.pack}/${s.service.service}`} item={s} municipality={r.municipality.code} />)}
          </ul>
        </section>
      )}
      {maybe.length > 0 && (
        <section aria-labelledby="maybe-heading" className="assessment-group">
          <h2 id="maybe-heading">{t('maybe')} ({maybe.length})</h2>
          <p>{t('maybeLead')}</p>
          <ul className="service-list">
            {maybe.map((s) => <ServiceItem key={`${s.service.pack}/${s.service.service}`} item={s} municipality={r.municipality.code} />)}
          </ul>
        </section>
      )}
      {r.onlineCount > 0 && (
        <section className="panel no-print" aria-labelledby="project-heading">
          <h2 id="project-heading">{tp('startWithTheseTitle')}</h2>
          <p>{tp('startWithTheseLead')}</p>
          <p><Link className="button button--primary" to={path(`hankkeet/uusi?tulos=${encodeURIComponent(r.id)}`)}>{tp('startWithThese')}</Link></p>
        </section>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>{t('print')}</button>
        <Link
          className="button button--secondary"
          to={path(`selvitys/${r.assessment.pack}/${r.assessment.id}?kunta=${r.municipality.code}`)}
          // From another device there is no draft here: the kept answers become it.
          onClick={() => saveAssessmentDraft(localStorage, r.assessment.pack, r.assessment.id, { municipality: r.municipality.code, data: r.answers, step: 0, stage: 'questions' })}
        >
          {t('changeAnswers')}
        </Link>
      </div>
      <section className="panel no-print" aria-labelledby="link-heading">
        <h2 id="link-heading">{t('linkTitle')}</h2>
        <p>{t('linkLead')}</p>
        <p><Link to={path(`selvitys/tulos/${r.id}`)} className="assessment-address">{address}</Link></p>
        {signedIn.data !== undefined && <p>{signedIn.data ? t('savedToMine') : t('signInToSave')}</p>}
      </section>
      <section className="panel" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('yourAnswers')}</h2>
        <AnswerSummary definition={r.form} lang={lang} data={r.answers} headingLevel={3} />
      </section>
    </>
  );
}
