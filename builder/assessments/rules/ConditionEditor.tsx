/**
 * A rule's condition without code: for each row pick the question, the comparison and the value
 * from lists (a number, a time or a date typed in its own input); rows join by "all" or "any", and
 * a row may be a group of its own ("sound after 22:00 or before 07:00").
 */
import type { Condition, Lang, RuleCondition } from '../../../form-library/format/types';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { elementTitle } from '../../designer/display-label';
import { localize } from '../../../form-library/format/localize';
import { conditionsOf } from '../../../form-library/kinds';
import { appendRow, asGroup, conditionValue, defaultCondition, operatorsFor, removeRow, replaceRow, setJoin, valueFor, type RowPath, type RuleOp, type RuleQuestion } from '../modeling/rule-conditions';
import { assessmentDesignerTexts } from '../../../i18n/catalogs/builder';
import type { TextsOf } from '../../../i18n/translate';

type Texts = TextsOf<typeof assessmentDesignerTexts>;

function opLabel(t: Texts, op: RuleOp, question: RuleQuestion | undefined): string {
  const timed = question !== undefined && conditionsOf(question.element).order?.input === 'time' && (op === 'atLeast' || op === 'atMost' || op === 'above' || op === 'below');
  return t(timed ? (`op_${op}_time` as const) : (`op_${op}` as const));
}

function encode(v: string | boolean): string {
  return JSON.stringify(v);
}

interface RowProps {
  id: string;
  n: number;
  questions: RuleQuestion[];
  condition: Condition;
  onChange(next: Condition): void;
  onRemove?(): void;
  lang: Lang;
  t: Texts;
}

function ValueInput({ id, question, condition, onChange, lang, t }: { id: string; question: RuleQuestion; condition: Condition; onChange(c: Condition): void; lang: Lang; t: Texts }) {
  const { element } = question;
  if (condition.op === 'answered') return null;
  if (condition.op === 'oneOf') {
    return (
      <fieldset className="ar-values">
        <legend>{t('value')}</legend>
        {(question.values ?? []).filter((v) => typeof v.value === 'string').map((v) => {
          const value = v.value as string;
          const checked = condition.values.includes(value);
          return (
            <label key={value} className="pp-check">
              <input
                type="checkbox"
                checked={checked}
                onChange={(e) => onChange({ ...condition, values: e.target.checked ? [...condition.values, value] : condition.values.filter((x) => x !== value) })}
              />
              {localize(v.label, lang) || value}
            </label>
          );
        })}
      </fieldset>
    );
  }
  const value = condition.value;
  if (question.values) {
    return (
      <div className="pp-entry">
        <label htmlFor={id}>{t('value')}</label>
        <select id={id} value={encode(value as string | boolean)} onChange={(e) => onChange({ field: condition.field, op: 'equals', value: JSON.parse(e.target.value) as string | boolean })}>
          {question.values.map((v) => <option key={encode(v.value)} value={encode(v.value)}>{localize(v.label, lang) || String(v.value)}</option>)}
        </select>
      </div>
    );
  }
  const type = conditionsOf(element).order?.input ?? 'text';
  return (
    <div className="pp-entry">
      <label htmlFor={id}>{t('value')}</label>
      <input
        id={id}
        type={type}
        value={String(value ?? '')}
        onChange={(e) => {
          const raw = e.target.value;
          if (type === 'number') {
            if (raw !== '' && Number.isFinite(Number(raw))) onChange({ ...condition, value: Number(raw) } as Condition);
          } else if (raw !== '') onChange({ ...condition, value: raw } as Condition);
        }}
      />
    </div>
  );
}

function ConditionRow({ id, n, questions, condition, onChange, onRemove, lang, t }: RowProps) {
  const question = questions.find((q) => q.key === condition.field);
  return (
    <fieldset className="ar-row">
      <legend>{t('conditionRow', { n })}</legend>
      <div className="pp-entry">
        <label htmlFor={`${id}-field`}>{t('question')}</label>
        <select
          id={`${id}-field`}
          value={condition.field}
          onChange={(e) => {
            const next = questions.find((q) => q.key === e.target.value);
            if (next) onChange(defaultCondition(next));
          }}
        >
          {!question && <option value={condition.field}>{condition.field} (!)</option>}
          {questions.map((q) => <option key={q.key} value={q.key}>{elementTitle(q.element, lang)}</option>)}
        </select>
      </div>
      {question && (
        <div className="pp-entry">
          <label htmlFor={`${id}-op`}>{t('operator')}</label>
          <select id={`${id}-op`} value={condition.op} onChange={(e) => onChange(valueFor(question, e.target.value as RuleOp, conditionValue(condition)))}>
            {operatorsFor(question.element).map((op) => <option key={op} value={op}>{opLabel(t, op, question)}</option>)}
          </select>
        </div>
      )}
      {question && <ValueInput id={`${id}-value`} question={question} condition={condition} onChange={onChange} lang={lang} t={t} />}
      {onRemove && <button type="button" className="ar-remove" onClick={onRemove}>{t('removeCondition')}</button>}
    </fieldset>
  );
}

interface GroupProps {
  id: string;
  when: RuleCondition;
  path: RowPath;
  questions: RuleQuestion[];
  onChange(when: RuleCondition): void;
}

/** The rule's own group at path [], or a nested one; every edit goes back as the whole new `when`. */
export function ConditionEditor({ id, when, path, questions, onChange }: GroupProps) {
  const t = useTexts(assessmentDesignerTexts);
  const lang = useLang();
  const group = asGroup(path.length === 0 ? when : rowAt(when, path));
  const nested = path.length > 0;
  const onlyRow = !nested && group.rows.length === 1;
  return (
    <fieldset className={nested ? 'ar-group ar-group--nested' : 'ar-group'}>
      <legend>{nested ? t('group') : t('when')}</legend>
      <div className="pp-entry">
        <label htmlFor={`${id}-join`}>{t('join')}</label>
        <select id={`${id}-join`} value={group.join} onChange={(e) => onChange(setJoin(when, path, e.target.value === 'any' ? 'any' : 'all'))}>
          <option value="all">{t('joinAll')}</option>
          <option value="any">{t('joinAny')}</option>
        </select>
      </div>
      <ol className="ar-rows">
        {group.rows.map((row, i) => {
          const rowPath = [...path, i];
          const rowId = `${id}-${i}`;
          return (
            <li key={i}>
              {'all' in row || 'any' in row ? (
                <ConditionEditor id={rowId} when={when} path={rowPath} questions={questions} onChange={onChange} />
              ) : (
                <ConditionRow
                  id={rowId}
                  n={i + 1}
                  questions={questions}
                  condition={row}
                  lang={lang}
                  t={t}
                  onChange={(next) => onChange(replaceRow(when, rowPath, next))}
                  onRemove={onlyRow ? undefined : () => onChange(removeRow(when, rowPath))}
                />
              )}
            </li>
          );
        })}
      </ol>
      <div className="pp-inline">
        <button type="button" onClick={() => questions[0] && onChange(appendRow(when, path, defaultCondition(questions[0])))}>{t('addCondition')}</button>
        {!nested && (
          <button type="button" onClick={() => questions[0] && onChange(appendRow(when, path, { any: [defaultCondition(questions[0])] }))}>{t('addGroup')}</button>
        )}
      </div>
    </fieldset>
  );
}

function rowAt(when: RuleCondition, path: RowPath): RuleCondition {
  let node = when;
  for (const i of path) node = asGroup(node).rows[i];
  return node;
}
