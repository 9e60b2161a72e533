/** The pack's assessments beside its services in the designer: pick one to edit, or start a new one. */
import type { FormPackContent } from '../../form-library/format/types';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { localize } from '../../form-library/format/localize';
import { assessmentDesignerTexts } from '../../i18n/catalogs/builder';
import { inEveryLang } from '../../i18n/translate';
import { newAssessment } from './modeling/assessment-content';
import './assessments.css';

interface Props {
  content: FormPackContent;
  selected: string | null;
  onSelect(id: string): void;
  onAdd(content: FormPackContent, id: string): void;
}

export function AssessmentNav({ content, selected, onSelect, onAdd }: Props) {
  const t = useTexts(assessmentDesignerTexts);
  const lang = useLang();
  const assessments = content.assessments ?? [];
  const add = () => {
    const created = newAssessment(
      inEveryLang(assessmentDesignerTexts, 'newAssessmentName'),
      content.services.flatMap((s) => s.topics)[0] ?? 'events',
      assessments.map((a) => a.id),
    );
    onAdd({ ...content, assessments: [...assessments, created] }, created.id);
  };
  return (
    <nav aria-label={t('assessments')} className="ds-services ds-assessments">
      <ul>
        {assessments.map((a) => (
          <li key={a.id}>
            <button type="button" aria-pressed={a.id === selected} onClick={() => onSelect(a.id)}>{localize(a.name, lang) || a.id}</button>
          </li>
        ))}
        <li><button type="button" onClick={add}>+ {t('newAssessment')}</button></li>
      </ul>
    </nav>
  );
}
