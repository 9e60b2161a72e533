/**
 * A pack's content read as customers will meet it: each service's form through the runtime's
 * renderer (the designer's preview) beside its workflow diagram, in Finnish, Swedish or English.
 * Nothing here changes the pack. Both a published version and the draft under review are read so.
 */
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { localize } from '../../../form-library/format/localize';
import type { FormPackContent, Lang } from '../../../form-library/format/types';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { packTexts } from '../../../i18n/catalogs/builder';
import { Preview } from '../../designer/preview/Preview';
import { LoadState } from '../../requests/LoadState';
import type { Loaded } from '../../requests/use-load';
import { WorkflowDiagram } from '../../workflow-designer/WorkflowDiagram';

interface Props {
  content: FormPackContent;
  title: string;
  intro: string;
  /** When and by what it was saved or published, under the intro. */
  meta: ReactNode;
  /** The name of the list of services to choose from. */
  servicesLabel: string;
}

export function PackReading({ content, title, intro, meta, servicesLabel }: Props) {
  const t = useTexts(packTexts);
  const uiLang = useLang();
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [lang, setLang] = useState<Lang>(uiLang);
  const service = content.services.find((s) => s.id === serviceId) ?? content.services[0];
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      <p className="pk-hint">{meta}</p>
      {content.services.length > 1 && (
        <nav aria-label={servicesLabel} className="ds-services">
          <ul>
            {content.services.map((s) => (
              <li key={s.id}>
                <button type="button" aria-pressed={s.id === service?.id} onClick={() => setServiceId(s.id)}>{localize(s.name, uiLang) || s.id}</button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {service ? (
        <div className="vr-columns">
          <section aria-labelledby="vr-form">
            <h2 id="vr-form">{t('versionForm')}: {localize(service.name, lang) || service.id}</h2>
            <Preview key={service.id} definition={service.form} initialLang={lang} lang={lang} onLangChange={setLang} />
          </section>
          <section aria-labelledby="vr-workflow">
            <h2 id="vr-workflow">{t('versionWorkflow')}</h2>
            <WorkflowDiagram def={service.workflow} lang={lang} idBase={`vr-diagram-${service.id}`} />
          </section>
        </div>
      ) : (
        <p>{t('noServices')}</p>
      )}
    </>
  );
}

/** The page around a reading: the way back to the pack, and the loading or its failure until it is ready. */
export function ReadingPage<T>({ packId, loaded, reload, loadingTitle, children }: {
  packId: number;
  loaded: Loaded<T>;
  reload: () => Promise<void>;
  loadingTitle: string;
  children: (value: T) => ReactNode;
}) {
  const t = useTexts(packTexts);
  const uiLang = useLang();
  const back = <p><Link to={`/${uiLang}/packs/${packId}`}>{t('backToPack')}</Link></p>;
  if (loaded.state !== 'ready') {
    return (
      <section className="bl-page">
        {back}
        <h1>{loadingTitle}</h1>
        <LoadState loaded={loaded} onRetry={() => void reload()} />
      </section>
    );
  }
  return (
    <section className="vr-page">
      {back}
      {children(loaded.value)}
    </section>
  );
}
