/**
 * The assessment's rules: "when <condition>, <service> is needed / may be needed, because
 * <reason> (<legal source>)". The service is picked from the pack's own and the published packs'
 * services; reasons and legal sources are written in fi, sv and en side by side.
 */
import { ASSESSMENT_LEVELS, type AssessmentDefinition, type AssessmentLevel, type ServiceRef } from '../../../form-library/format/types';
import { useTexts } from '../../../ui/i18n/texts';
import { LocalizedTextEntry, withText } from '../../designer/properties-panel/entries/LocalizedTextEntry';
import { SelectEntry, TextEntry } from '../../designer/properties-panel/entries/SimpleEntries';
import { newRule, withoutRule, withRule, withRuleId } from '../modeling/assessment-content';
import { ruleQuestions } from '../modeling/rule-conditions';
import { assessmentDesignerTexts } from '../../../i18n/catalogs/builder';
import { ConditionEditor } from './ConditionEditor';
import type { ServiceChoice } from './use-service-choices';

const refKey = (ref: ServiceRef) => `${ref.pack}/${ref.service}`;

interface Props {
  assessment: AssessmentDefinition;
  services: ServiceChoice[];
  onChange(next: AssessmentDefinition, coalesceKey?: string): void;
}

export function RulesEditor({ assessment, services, onChange }: Props) {
  const t = useTexts(assessmentDesignerTexts);
  const questions = ruleQuestions(assessment.form);

  if (questions.length === 0) return <p className="pp-empty">{t('noQuestions')}</p>;

  const add = () => {
    const rule = newRule(assessment, services[0]?.ref ?? { pack: '', service: '' });
    if (rule) onChange({ ...assessment, rules: [...assessment.rules, rule] });
  };

  return (
    <div className="ar-rules">
      <p>{t('rulesLead')}</p>
      {assessment.rules.length === 0 && <p className="pp-empty">{t('noRules')}</p>}
      {assessment.rules.map((rule, i) => {
        const id = `rule-${i}`;
        const change = (next: typeof rule, key?: string) => onChange(withRule(assessment, i, () => next), key);
        const known = services.some((s) => refKey(s.ref) === refKey(rule.service));
        return (
          <section key={i} className="ar-rule" aria-labelledby={`${id}-heading`}>
            <h3 id={`${id}-heading`}>{t('rule', { n: i + 1, id: rule.id })}</h3>
            <TextEntry id={`${id}-id`} label={t('ruleId')} value={rule.id} onChange={(v) => onChange(withRuleId(assessment, i, v.trim()), `${id}:id`)} />
            <ConditionEditor id={`${id}-when`} when={rule.when} path={[]} questions={questions} onChange={(when) => change({ ...rule, when })} />
            <fieldset className="ar-then">
              <legend>{t('then')}</legend>
              <SelectEntry
                id={`${id}-service`}
                label={t('service')}
                value={refKey(rule.service)}
                onChange={(v) => {
                  const choice = services.find((s) => refKey(s.ref) === v);
                  if (choice) change({ ...rule, service: choice.ref });
                }}
              >
                {!known && <option value={refKey(rule.service)}>{t('unknownService', { service: refKey(rule.service) })}</option>}
                {services.map((s) => <option key={refKey(s.ref)} value={refKey(s.ref)}>{s.label}</option>)}
              </SelectEntry>
              <SelectEntry id={`${id}-level`} label={t('level')} value={rule.level} onChange={(v) => {
                const level = ASSESSMENT_LEVELS.find((l): l is AssessmentLevel => l === v);
                if (level) change({ ...rule, level });
              }}>
                {ASSESSMENT_LEVELS.map((l) => <option key={l} value={l}>{t(`level_${l}`)}</option>)}
              </SelectEntry>
            </fieldset>
            <LocalizedTextEntry id={`${id}-reason`} legend={t('reason')} multiline value={rule.reason} onChange={(l, v) => change({ ...rule, reason: withText(rule.reason, l, v) }, `${id}:reason.${l}`)} />
            <LocalizedTextEntry id={`${id}-source`} legend={t('legalSource')} value={rule.legalSource} onChange={(l, v) => change({ ...rule, legalSource: withText(rule.legalSource, l, v) }, `${id}:source.${l}`)} />
            <button
              type="button"
              className="ar-remove"
              onClick={() => {
                if (window.confirm(t('confirmRemoveRule', { id: rule.id }))) onChange(withoutRule(assessment, i));
              }}
            >
              {t('removeRule')}
            </button>
          </section>
        );
      })}
      <button type="button" className="bl-primary" onClick={add}>{t('addRule')}</button>
    </div>
  );
}
