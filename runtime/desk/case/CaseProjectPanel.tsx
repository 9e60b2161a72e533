/**
 * "Sent as part of a project": the project's name and the shared project data sent in this case;
 * with the customer's consent, the project's other permits (service, authority, status,
 * reference), never their answers; without it, a line saying the customer did not consent.
 */
import type { CaseProject } from '../../../api-contract';
import { useTexts } from '../../../ui/i18n/texts';
import { caseProjectTexts } from '../../../i18n/catalogs/desk';

export function CaseProjectPanel({ project }: { project: CaseProject }) {
  const t = useTexts(caseProjectTexts);
  return (
    <section aria-labelledby="case-project" className="desk-project">
      <h2 id="case-project">{t('title')}</h2>
      <dl className="desk-facts">
        <div><dt>{t('name')}</dt><dd><strong>{project.name}</strong></dd></div>
      </dl>
      <h3>{t('sharedData')}</h3>
      {project.data.length === 0 ? <p>{t('noSharedData')}</p> : (
        <dl className="desk-facts">
          {project.data.map((row, i) => <div key={`${row.label}|${i}`}><dt>{row.label}</dt><dd>{row.value}</dd></div>)}
        </dl>
      )}
      {project.permits === null ? (
        <p className="desk-project__no-consent">{t('noConsent')}</p>
      ) : (
        <>
          <h3>{t('otherPermits')}</h3>
          <p>{t('otherPermitsNote')}</p>
          {project.permits.length === 0 ? <p>{t('otherPermitsNone')}</p> : (
            <table className="desk-table">
              <caption className="visually-hidden">{t('otherPermits')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colService')}</th>
                  <th scope="col">{t('colAuthority')}</th>
                  <th scope="col">{t('colStatus')}</th>
                  <th scope="col">{t('colReference')}</th>
                </tr>
              </thead>
              <tbody>
                {project.permits.map((p, i) => (
                  <tr key={`${p.reference ?? 'draft'}|${i}`}>
                    <td>{p.service}</td>
                    <td>{p.authority}</td>
                    <td>{p.status ? p.status.label : t('draft')}</td>
                    <td>{p.reference ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
