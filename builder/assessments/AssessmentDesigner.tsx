/**
 * One assessment of the pack open for editing: its questions in the form designer itself, its rules
 * in the rules editor, the test panel, and its name, description and topic. Every change goes out
 * as the whole new assessment; the page that owns the pack keeps the undo stack and saves.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AssessmentDefinition, FormPackContent } from '../../form-library/format/types';
import { listTopics, type Topic } from '../../ui/api/reference';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { FormDesigner } from '../designer/FormDesigner';
import { applyFormOp, ModelingError, type FormOp } from '../designer/modeling/operations';
import { LocalizedTextEntry, withText } from '../designer/properties-panel/entries/LocalizedTextEntry';
import { SelectEntry } from '../designer/properties-panel/entries/SimpleEntries';
import { assessmentDesignerTexts } from '../../i18n/catalogs/builder';
import { RulesEditor } from './rules/RulesEditor';
import { useServiceChoices } from './rules/use-service-choices';
import { TestPanel } from './test-panel/TestPanel';

type View = 'questions' | 'rules' | 'test' | 'details';
const VIEWS: View[] = ['questions', 'rules', 'test', 'details'];
const VIEW_LABEL = { questions: 'viewQuestions', rules: 'viewRules', test: 'viewTest', details: 'viewDetails' } as const;

interface Props {
  content: FormPackContent;
  assessment: AssessmentDefinition;
  onChange(next: AssessmentDefinition, coalesceKey?: string): void;
  toolbar: ReactNode;
}

export function AssessmentDesigner({ content, assessment, onChange, toolbar }: Props) {
  const t = useTexts(assessmentDesignerTexts);
  const lang = useLang();
  const [view, setView] = useState<View>('questions');
  const [topics, setTopics] = useState<Topic[]>([]);
  const services = useServiceChoices(content, lang, t('ownPack'));
  useEffect(() => {
    let live = true;
    listTopics().then((list) => live && setTopics(list), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  const dispatchForm = useCallback((op: FormOp, coalesceKey?: string) => {
    try {
      onChange({ ...assessment, form: applyFormOp(assessment.form, op) }, coalesceKey);
    } catch (err) {
      // An impossible edit (e.g. a section into itself) changes nothing.
      if (!(err instanceof ModelingError)) throw err;
    }
  }, [assessment, onChange]);

  return (
    <>
      <div role="tablist" aria-label={t('views')} className="ds-views">
        {VIEWS.map((v) => (
          <button key={v} type="button" role="tab" id={`aview-${v}`} aria-controls={`aview-panel-${v}`} aria-selected={view === v} onClick={() => setView(v)}>
            {t(VIEW_LABEL[v])}
          </button>
        ))}
      </div>
      {view !== 'questions' && toolbar}
      <div role="tabpanel" id={`aview-panel-${view}`} aria-labelledby={`aview-${view}`}>
        {view === 'questions' && <FormDesigner key={assessment.id} form={assessment.form} dispatch={dispatchForm} toolbar={toolbar} projectData={content.projectData} projectDataDirection="carry" />}
        {view === 'rules' && <RulesEditor assessment={assessment} services={services} onChange={onChange} />}
        {view === 'test' && <TestPanel assessment={assessment} services={services} onChange={onChange} />}
        {view === 'details' && (
          <div className="sd-details">
            <LocalizedTextEntry id="ad-name" legend={t('name')} value={assessment.name} onChange={(l, v) => onChange({ ...assessment, name: withText(assessment.name, l, v) }, `assessment:name.${l}`)} />
            <LocalizedTextEntry id="ad-desc" legend={t('description')} multiline value={assessment.description} onChange={(l, v) => onChange({ ...assessment, description: withText(assessment.description, l, v) }, `assessment:desc.${l}`)} />
            <SelectEntry id="ad-topic" label={t('topic')} value={assessment.topic} onChange={(v) => onChange({ ...assessment, topic: v })}>
              {!topics.some((tp) => tp.id === assessment.topic) && <option value={assessment.topic}>{assessment.topic}</option>}
              {topics.map((tp) => <option key={tp.id} value={tp.id}>{tp.name[lang] ?? tp.id}</option>)}
            </SelectEntry>
          </div>
        )}
      </div>
    </>
  );
}
