/**
 * The assessment's test panel: the questions in the customer's own renderer, the rules they fire
 * shown as the answers change (the same evaluator as the server's), and the answers saved as a
 * test case that the publishing gate runs. Saved cases show whether they still pass.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { firedRules, runTestCase } from '../../../form-library/assessment/evaluate-assessment';
import { pruneHidden } from '../../../form-library/conditions/prune-hidden';
import { LANGS, type AssessmentDefinition, type FormData, type Lang } from '../../../form-library/format/types';
import { compiledCheck } from '../../../form-library/validation/validate-submission';
import { FormRenderer } from '../../../runtime/form-renderer/FormRenderer';
import { LANG_NAMES, useLang, useTexts } from '../../../ui/i18n/texts';
import { withoutTestCase, withTestCase } from '../modeling/assessment-content';
import { assessmentDesignerTexts } from '../../../i18n/catalogs/builder';
import type { ServiceChoice } from '../rules/use-service-choices';

interface Props {
  assessment: AssessmentDefinition;
  services: ServiceChoice[];
  onChange(next: AssessmentDefinition): void;
}

export function TestPanel({ assessment, services, onChange }: Props) {
  const t = useTexts(assessmentDesignerTexts);
  const uiLang = useLang();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [data, setData] = useState<FormData>({});
  const [round, setRound] = useState(0);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const check = useMemo(() => compiledCheck(assessment.form), [assessment.form]);
  const fired = firedRules(assessment, data);
  const serviceName = (pack: string, service: string) => services.find((s) => s.ref.pack === pack && s.ref.service === service)?.label ?? `${pack}/${service}`;

  function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('errCaseName'));
      return;
    }
    onChange(withTestCase(assessment, trimmed, pruneHidden(assessment.form, data)));
    setNotice(t('caseSaved', { name: trimmed }));
    setName('');
    setNameError(null);
  }

  function load(answers: FormData) {
    setData(structuredClone(answers));
    setRound((r) => r + 1);
  }

  return (
    <div className="at-panel">
      <p>{t('testLead')}</p>
      <div className="at-layout">
        <div className="at-answers">
          <div className="pp-inline">
            <label htmlFor="at-lang">{t('answersLang')}</label>
            <select id="at-lang" value={lang} onChange={(e) => setLang(LANGS.find((l) => l === e.target.value) ?? lang)}>
              {LANGS.map((l) => <option key={l} value={l}>{LANG_NAMES[l]}</option>)}
            </select>
            <button type="button" onClick={() => load({})}>{t('clearAnswers')}</button>
          </div>
          <div className="pv-frame" lang={lang}>
            <FormRenderer key={round} definition={assessment.form} lang={lang} data={data} mode="fill" onChange={setData} check={check} />
          </div>
        </div>
        <div className="at-results">
          <section aria-labelledby="at-fired-heading">
            <h3 id="at-fired-heading">{t('firedTitle')}</h3>
            <div role="status" aria-live="polite">
              {fired.length === 0 ? (
                <p className="pp-empty">{t('firedNone')}</p>
              ) : (
                <ul className="at-fired">
                  {fired.map((r) => (
                    <li key={r.id} data-rule={r.id}>{t('firedRule', { id: r.id, service: serviceName(r.service.pack, r.service.service), level: t(`level_${r.level}`) })}</li>
                  ))}
                </ul>
              )}
            </div>
          </section>
          <form onSubmit={save} noValidate className="at-save">
            <div className="pp-entry">
              <label htmlFor="at-case-name">{t('caseName')}</label>
              {nameError && <p id="at-case-name-error" className="bl-error">{nameError}</p>}
              <input id="at-case-name" type="text" value={name} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? 'at-case-name-error' : undefined} onChange={(e) => setName(e.target.value)} />
            </div>
            <button type="submit" className="bl-primary">{t('saveCase')}</button>
            <p role="status" className="ds-notice">{notice}</p>
          </form>
          <section aria-labelledby="at-cases-heading">
            <h3 id="at-cases-heading">{t('casesTitle')}</h3>
            {assessment.testCases.length === 0 && <p className="pp-empty">{t('casesNone')}</p>}
            <ul className="at-cases">
              {assessment.testCases.map((testCase, i) => {
                const outcome = runTestCase(assessment, testCase);
                const list = (ids: string[]) => (ids.length ? ids.join(', ') : t('none'));
                return (
                  <li key={i} className={outcome.passed ? 'at-pass' : 'at-fail'}>
                    <strong>{testCase.name}</strong>:{' '}
                    {outcome.passed ? t('casePasses') : t('caseFails', { missing: list(outcome.missing), unexpected: list(outcome.unexpected) })}
                    <div className="pp-inline">
                      <button type="button" onClick={() => load(testCase.answers)}>{t('loadCase')}<span className="bl-visually-hidden">: {testCase.name}</span></button>
                      <button type="button" onClick={() => onChange(withoutTestCase(assessment, i))}>{t('removeCase')}<span className="bl-visually-hidden">: {testCase.name}</span></button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
