import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
// Submodules, not the renderer's index: the index brings rjsf and ajv, which this page does not need.
import { ErrorSummary } from '../../form-renderer/ErrorSummary';
import { useMunicipalities } from '../../form-renderer/widgets/MunicipalityCombobox';
import { MunicipalityField } from '../MunicipalityField';
import { customerApi } from '../api';
import { PageHeading, usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { localize } from '../../../form-library/format/localize';
import { FindOutPanel } from '../assessment/FindOutLink';
import { StartProjectEntry } from '../projects/MyProjects';

/** Choose a municipality (by Finnish or Swedish name) and optionally a topic. */
export function HomePage() {
  const t = useTexts(customerTexts);
  const lang = useLang();
  const path = usePath();
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const topics = useLoad(() => customerApi.topics(), 'topics');
  const [code, setCode] = useState<string | undefined>();
  const [topic, setTopic] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [showKey, setShowKey] = useState(0);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!code) {
      setError(t('chooseMunicipality'));
      setShowKey((k) => k + 1);
      return;
    }
    navigate(path(`asioi/${code}${topic ? `?aihe=${encodeURIComponent(topic)}` : ''}`));
  }

  return (
    <>
      <PageHeading title={t('homeTitle')}>{t('homeTitle')}</PageHeading>
      <p className="lead">{t('homeLead')}</p>
      <ErrorSummary errors={error ? [{ path: 'municipality', message: error }] : []} showKey={showKey} />
      <form className="panel" onSubmit={submit} noValidate>
        <MunicipalityField
          municipalities={municipalities}
          value={code}
          error={error}
          onChange={(c) => {
            setCode(c);
            if (c) setError(null);
          }}
        />
        <div className="field-row">
          <label htmlFor="topic" className="label">{t('topic')}</label>
          <select id="topic" className="input" value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value="">{t('allTopics')}</option>
            {(topics.data ?? []).map((tp) => (
              <option key={tp.id} value={tp.id}>{localize(tp.name, lang)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">{t('showServices')}</button>
      </form>
      <FindOutPanel />
      <StartProjectEntry />
    </>
  );
}
