/** "My projects" under My submissions: each project with its permits counted, or an empty state, and the way to start one. */
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/intl-format';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { LoadError, Loading, usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { projectsApi } from './projects-api';

export function MyProjects() {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const path = usePath();
  const list = useLoad(() => projectsApi.list(lang), `projects|${lang}`);
  return (
    <section className="my-projects" aria-labelledby="my-projects-heading">
      <h2 id="my-projects-heading">{t('myProjects')}</h2>
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      {!list.data && list.error === undefined && <Loading />}
      {list.data && list.data.length === 0 && <p className="notice">{t('myProjectsEmpty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="service-list">
          {list.data.map((p) => (
            <li key={p.id} className="service-card">
              <h3><Link to={path(`hankkeet/${p.id}`)}>{p.name}</Link></h3>
              <p className="service-card__authority">{p.kind.name} · {p.municipality.name}</p>
              <p>
                {t('permitCounts', { drafts: p.permits.drafts, sent: p.permits.sent, decided: p.permits.decided })}
                {p.permits.waitingForCustomer > 0 && <> {' '}<strong className="status status--attention">{t('waitingForYou', { count: p.permits.waitingForCustomer })}</strong></>}
              </p>
              <p className="hint">{t('updated', { when: formatDateTime(p.updatedAt, lang) })}</p>
            </li>
          ))}
        </ul>
      )}
      <p><Link className="button button--secondary" to={path('hankkeet/uusi')}>{t('startProject')}</Link></p>
    </section>
  );
}

/** The entry on the home page: start a project of several permits, beside finding one service. */
export function StartProjectEntry() {
  const t = useTexts(projectTexts);
  const path = usePath();
  return (
    <section className="panel panel--compact" aria-labelledby="start-project-entry">
      <h2 id="start-project-entry">{t('entryTitle')}</h2>
      <p>{t('entryLead')}</p>
      <p><Link className="button button--secondary" to={path('hankkeet/uusi')}>{t('startProject')}</Link></p>
    </section>
  );
}
