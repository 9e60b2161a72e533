/** The signed-in customer's permit-needs assessments under My submissions, each a link to its result. */
import { Link } from 'react-router-dom';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { formatDateTime } from '../../../i18n/intl-format';
import { LoadError, usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { assessmentApi } from './assessment-api';
import { assessmentTexts } from '../../../i18n/catalogs/assessment';

export function MyAssessmentResults() {
  const t = useTexts(assessmentTexts);
  const lang = useLang();
  const path = usePath();
  const list = useLoad(() => assessmentApi.mine(lang), `my-assessments|${lang}`);
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return null;
  return (
    <section aria-labelledby="my-assessments-heading" className="my-assessments">
      <h2 id="my-assessments-heading">{t('mineTitle')}</h2>
      {list.data.length === 0 ? (
        <p className="notice">{t('mineEmpty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('mineTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colAssessment')}</th>
              <th scope="col">{t('colMunicipality')}</th>
              <th scope="col">{t('colServices')}</th>
              <th scope="col">{t('colMade')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((r) => (
              <tr key={r.id}>
                <td><Link to={path(`selvitys/tulos/${r.id}`)}>{r.assessment.name}</Link></td>
                <td>{lang === 'sv' ? r.municipality.sv || r.municipality.fi : r.municipality.fi || r.municipality.sv}</td>
                <td>{t('mineCount', { needed: r.needed, maybe: r.maybe })}</td>
                <td><time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
