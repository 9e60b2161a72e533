/**
 * One published version, read: each service's form as customers fill it (the runtime's renderer,
 * through the designer's preview) and its workflow diagram, in Finnish, Swedish or English. Nothing
 * here changes the version.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { localize } from '../../../form-library/format/localize';
import type { Lang } from '../../../form-library/format/types';
import { format, useLang, useMessages } from '../../../ui/i18n/messages';
import { Preview } from '../../designer/preview/Preview';
import { LoadState } from '../../requests/LoadState';
import { useLoad } from '../../requests/useLoad';
import { formatDateTime } from '../../shell/formatDateTime';
import { WorkflowDiagram } from '../../workflow-designer/WorkflowDiagram';
import { getVersion } from '../api';
import { packMessages } from '../messages';

export function VersionReview() {
  const t = useMessages(packMessages);
  const uiLang = useLang();
  const params = useParams();
  const packId = Number(params.packId);
  const version = Number(params.version);
  const [loaded, reload] = useLoad(() => getVersion(packId, version), [packId, version]);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [lang, setLang] = useState<Lang>(uiLang);
  const back = <p><Link to={`/${uiLang}/packs/${packId}`}>{t.backToPack}</Link></p>;

  if (loaded.state !== 'ready') {
    return (
      <section className="bl-page">
        {back}
        <h1>{format(t.viewVersion, { version })}</h1>
        <LoadState loaded={loaded} onRetry={() => void reload()} />
      </section>
    );
  }
  const { content } = loaded.value;
  const service = content.services.find((s) => s.id === serviceId) ?? content.services[0];
  return (
    <section className="vr-page">
      {back}
      <h1>{format(t.versionTitle, { name: localize(content.name, uiLang) || content.slug, version })}</h1>
      <p>{t.versionIntro}</p>
      <p className="pk-hint">
        {t.colPublished}: {formatDateTime(loaded.value.publishedAt, uiLang)} · {t.colChangelog}: {loaded.value.changelog}
        {loaded.value.retired && <> · <span className="pk-badge pk-badge-warn">{t.stateRetired}</span></>}
      </p>
      {content.services.length > 1 && (
        <nav aria-label={t.versionServices} className="ds-services">
          <ul>
            {content.services.map((s) => (
              <li key={s.id}>
                <button type="button" aria-pressed={s.id === service?.id} onClick={() => setServiceId(s.id)}>{localize(s.name, uiLang) || s.id}</button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {service && (
        <div className="vr-columns">
          <section aria-labelledby="vr-form">
            <h2 id="vr-form">{t.versionForm}: {localize(service.name, lang) || service.id}</h2>
            <Preview key={service.id} definition={service.form} initialLang={lang} lang={lang} onLangChange={setLang} />
          </section>
          <section aria-labelledby="vr-workflow">
            <h2 id="vr-workflow">{t.versionWorkflow}</h2>
            <WorkflowDiagram def={service.workflow} lang={lang} idBase={`vr-diagram-${service.id}`} />
          </section>
        </div>
      )}
    </section>
  );
}
