import { Link, useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { LoadError, Loading, PageHeading, usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { assessmentApi } from './assessment-api';
import { assessmentTexts } from '../../../i18n/catalogs/assessment';

/**
 * The permit-needs assessments customers can answer, of one topic (`?aihe=`) or all; a municipality
 * the customer came from (`?kunta=`) is carried into the assessment.
 */
export function AssessmentListPage() {
  const t = useTexts(assessmentTexts);
  const lang = useLang();
  const path = usePath();
  const [search] = useSearchParams();
  const topic = search.get('aihe') ?? '';
  const municipality = search.get('kunta') ?? '';
  const list = useLoad(() => assessmentApi.list(lang, topic || undefined), `assessments|${lang}|${topic}`);

  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  return (
    <>
      <PageHeading title={t('listTitle')}>{t('listTitle')}</PageHeading>
      <p className="lead">{t('findOutLead')}</p>
      {list.data.length === 0 && <p className="notice">{t('listEmpty')}</p>}
      <ul className="service-list">
        {list.data.map((a) => (
          <li key={`${a.pack}/${a.id}`} className="service-card">
            <h2 className="service-card__title">
              <Link to={path(`selvitys/${a.pack}/${a.id}${municipality ? `?kunta=${encodeURIComponent(municipality)}` : ''}`)}>{a.name}</Link>
            </h2>
            <p>{a.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
