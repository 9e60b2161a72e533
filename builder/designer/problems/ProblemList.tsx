/** The live list of the form's problems; each links to the element it is about. */
import { useTexts } from '../../../ui/i18n/texts';
import { problemListTexts } from '../../../i18n/catalogs/builder';
import type { DesignerProblem } from './designerProblems';

export function ProblemList({ problems, onShow, headingId = 'problems-heading' }: { problems: DesignerProblem[]; onShow(targetId: string): void; headingId?: string }) {
  const t = useTexts(problemListTexts);
  return (
    <section className="pr-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title', { n: problems.length })}</h2>
      <p className="bl-visually-hidden" aria-live="polite">{t('title', { n: problems.length })}</p>
      <div>
        {problems.length === 0 ? (
          <p className="pr-none">{t('none')}</p>
        ) : (
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.path}-${i}`} className={`pr-${p.severity}`}>
                <span className="pr-sev">{p.severity === 'error' ? t('error') : t('warning')}:</span> {p.text}{' '}
                {p.targetId && <button type="button" className="bl-link" onClick={() => onShow(p.targetId!)}>{t('show')}</button>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
