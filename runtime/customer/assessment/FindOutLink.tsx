/** "Find out which permits you need": from the home page, and from a topic of a municipality's offering. */
import { Link } from 'react-router-dom';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { assessmentApi, type AssessmentSummary } from './assessment-api';
import { assessmentTexts } from '../../../i18n/catalogs/assessment';

/** The home page's way in: every published assessment. */
export function FindOutPanel() {
  const t = useTexts(assessmentTexts);
  const lang = useLang();
  const path = usePath();
  const list = useLoad(() => assessmentApi.list(lang), `assessments|${lang}|`);
  if (!list.data || list.data.length === 0) return null;
  return (
    <section className="panel findout" aria-labelledby="findout-heading">
      <h2 id="findout-heading">{t('findOut')}</h2>
      <p>{t('findOutLead')}</p>
      <ul className="findout__list">
        {list.data.map((a) => (
          <li key={`${a.pack}/${a.id}`}><Link to={path(`selvitys/${a.pack}/${a.id}`)}>{a.name}</Link></li>
        ))}
      </ul>
    </section>
  );
}

/** The assessments of a topic, for the offering's topic section; `municipality` carries on into them. */
export function useTopicAssessments(): (topic: string) => AssessmentSummary[] {
  const lang = useLang();
  const list = useLoad(() => assessmentApi.list(lang), `assessments|${lang}|`);
  return (topic) => (list.data ?? []).filter((a) => a.topic === topic);
}

export function FindOutLink({ assessment, municipality }: { assessment: AssessmentSummary; municipality: string }) {
  const t = useTexts(assessmentTexts);
  const path = usePath();
  return (
    <p className="findout-link">
      <Link to={path(`selvitys/${assessment.pack}/${assessment.id}?kunta=${encodeURIComponent(municipality)}`)}>
        {t('findOutTopic', { name: assessment.name })}
      </Link>
    </p>
  );
}
