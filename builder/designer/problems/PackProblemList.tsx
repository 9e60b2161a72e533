/**
 * The pack's problems on every tab of the designer: everything the publishing gate refuses and the
 * notes beside it (form-library `packProblems`), each saying where it is and with a button that
 * opens that place.
 */
import { localize } from '../../../form-library/format/localize';
import type { FormPackContent } from '../../../form-library/format/types';
import type { PackProblem } from '../../../form-library/problems';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { problemListTexts } from '../../../i18n/catalogs/builder';
import { problemPlace, type ProblemPlace } from './problem-place';

interface Props {
  content: FormPackContent;
  problems: PackProblem[];
  onShow(place: ProblemPlace): void;
}

export function PackProblemList({ content, problems, onShow }: Props) {
  const t = useTexts(problemListTexts);
  const lang = useLang();
  const several = content.services.length > 1;
  const where = (p: PackProblem, place: ProblemPlace): string => {
    if (place.projectData) return t('projectData');
    if (p.serviceIndex === undefined) return t('pack');
    const view = t(place.view);
    const service = content.services[p.serviceIndex];
    return several && service ? `${view} (${localize(service.name, lang) || service.id})` : view;
  };
  return (
    <section className="pr-list" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('title', { n: problems.length })}</h2>
      <p className="bl-visually-hidden" aria-live="polite">{t('title', { n: problems.length })}</p>
      {problems.length === 0 ? (
        <p className="pr-none">{t('none')}</p>
      ) : (
        <>
          <p className="pr-rule">{t('rule')}</p>
          <ul>
            {problems.map((p, i) => {
              const place = problemPlace(p, content);
              return (
                <li key={`${p.path}-${p.code}-${i}`} className={`pr-${p.severity}`}>
                  <span className="pr-sev">{p.severity === 'error' ? t('error') : t('warning')}:</span>{' '}
                  <span className="pr-where">{where(p, place)}</span> – {p.message}{' '}
                  <button type="button" className="bl-link" onClick={() => onShow(place)}>{t('show')}</button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
