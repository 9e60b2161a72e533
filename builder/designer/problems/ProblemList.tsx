/** The live list of the form's problems; each links to the element it is about. */
import { format, useMessages, defineMessages } from '../../../ui/i18n/messages';
import type { DesignerProblem } from './designerProblems';

const m = defineMessages({
  fi: { title: 'Ongelmat ({n})', none: 'Lomakkeessa ei ole ongelmia.', error: 'Virhe', warning: 'Huomautus', show: 'Näytä' },
  sv: { title: 'Problem ({n})', none: 'Formuläret har inga problem.', error: 'Fel', warning: 'Anmärkning', show: 'Visa' },
  en: { title: 'Problems ({n})', none: 'The form has no problems.', error: 'Error', warning: 'Note', show: 'Show' },
});

export function ProblemList({ problems, onShow, headingId = 'problems-heading' }: { problems: DesignerProblem[]; onShow(targetId: string): void; headingId?: string }) {
  const t = useMessages(m);
  return (
    <section className="pr-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{format(t.title, { n: problems.length })}</h2>
      <p className="bl-visually-hidden" aria-live="polite">{format(t.title, { n: problems.length })}</p>
      <div>
        {problems.length === 0 ? (
          <p className="pr-none">{t.none}</p>
        ) : (
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.path}-${i}`} className={`pr-${p.severity}`}>
                <span className="pr-sev">{p.severity === 'error' ? t.error : t.warning}:</span> {p.text}{' '}
                {p.targetId && <button type="button" className="bl-link" onClick={() => onShow(p.targetId!)}>{t.show}</button>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
