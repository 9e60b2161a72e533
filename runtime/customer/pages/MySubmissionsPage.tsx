import { Link, Navigate, useLocation } from 'react-router-dom';
import { ApiError, resetCsrfToken } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { customerApi } from '../api';
import { LoadError, Loading, PageHeading, usePath } from '../page-kit';
import { formatAnswerDate, formatDateTime } from '../../../i18n/intl-format';
import { useLoad } from '../use-load';
import { MyAssessmentResults } from '../assessment/MyAssessmentResults';
import { MyProjects } from '../projects/MyProjects';
import { useNavigate } from 'react-router-dom';
import { refreshActingFor, useActingFor } from '../acting-for/acting-for-store';

export function MySubmissionsPage() {
  const t = useTexts(customerTexts);
  const lang = useLang();
  const path = usePath();
  const location = useLocation();
  const navigate = useNavigate();
  const actingFor = useActingFor();
  // Whom the list is for: asked again when the person switches (the server decides what it holds).
  const whose = actingFor?.state.actingFor.kind === 'company' ? actingFor.state.actingFor.businessId : 'self';
  const list = useLoad(() => customerApi.mySubmissions(lang), `mine|${lang}|${whose}`);

  if (list.error instanceof ApiError && list.error.status === 401) {
    return <Navigate to={`${path('kirjaudu')}?seuraava=${encodeURIComponent(location.pathname)}`} replace />;
  }
  // The mandate of the company chosen has ended: the server dropped the choice; choose again.
  if (list.error instanceof ApiError && list.error.code === 'mandate_ended') {
    void refreshActingFor();
    return <Navigate to={`${path('asiointirooli')}?seuraava=${encodeURIComponent(location.pathname)}`} replace />;
  }
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  // Until it is known whether the customer is identified strongly, neither the list nor its parts are shown.
  if (!list.data || actingFor === undefined) return <Loading />;

  async function signOut() {
    await customerApi.signOut().catch(() => undefined);
    resetCsrfToken();
    await refreshActingFor();
    navigate(path(''));
  }

  const strong = Boolean(actingFor);
  return (
    <>
      <PageHeading title={t('mineTitle')}>{t('mineTitle')}</PageHeading>
      {actingFor?.state.actingFor.kind === 'company' && <p className="lead">{t('mineOfCompany', { name: actingFor.state.actingFor.name })}</p>}
      {list.data.length === 0 ? (
        <p className="notice">{t('mineEmpty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('mineList')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colReference')}</th>
              <th scope="col">{t('colService')}</th>
              <th scope="col">{t('colAuthority')}</th>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colUpdated')}</th>
              <th scope="col">{t('colDue')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((s) => (
              <tr key={s.id}>
                <td><Link to={path(`omat/${s.id}`)}>{s.reference}</Link></td>
                <td>{s.service.name}</td>
                <td>{s.authority.name}</td>
                <td><span className="status" data-status={s.status.id}>{s.status.label}</span></td>
                <td><time dateTime={s.updatedAt}>{formatDateTime(s.updatedAt, lang)}</time></td>
                <td>{s.dueDate ? <time dateTime={s.dueDate}>{formatAnswerDate(s.dueDate, lang)}</time> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* Whose projects: the server answers for whom the person acts now (keyed so a switch asks again). */}
      <MyProjects key={whose} />
      {strong ? <p className="hint">{t('mineAssessmentsNeedEmail')}</p> : <MyAssessmentResults />}
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void signOut()}>{t('navSignOut')}</button>
      </div>
    </>
  );
}
