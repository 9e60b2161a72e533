/** The pack's and the e-service's own details: names and descriptions in fi/sv/en, kind, authority kind, identification, topics. */
import { localize } from '../../form-library/format/localize';
import { AUTHORITY_KINDS, IDENTIFICATION_LEVELS, type FormPackContent, type LocalizedText, type ServiceDefinition } from '../../form-library/format/types';
import type { PackProblem } from '../../form-library/problems';
import { listTopics } from '../../ui/api/reference';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { draftTexts } from '../../i18n/catalogs/builder';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/use-load';
import { LocalizedTextEntry } from './properties-panel/entries/LocalizedTextEntry';
import { CheckboxEntry, SelectEntry } from './properties-panel/entries/SimpleEntries';

function set(text: LocalizedText, lang: keyof LocalizedText, v: string): LocalizedText {
  const next = { ...text, [lang]: v };
  if (v === '') delete next[lang];
  return next;
}

interface Props {
  content: FormPackContent;
  service: ServiceDefinition;
  onChange(content: FormPackContent, coalesceKey?: string): void;
  onServiceChange(service: ServiceDefinition, coalesceKey?: string): void;
  /** The pack's problems; those of the pack's and this service's own texts show by their fields. */
  problems: readonly PackProblem[];
}

/** The problems of one text: the pack's (`name`) or a service's (`services.2.name`), in any language. */
function problemsAt(problems: readonly PackProblem[], at: string): PackProblem[] {
  return problems.filter((p) => p.path === at || p.path.startsWith(`${at}.`));
}

export function ServiceDetails({ content, service, onChange, onServiceChange, problems }: Props) {
  const t = useTexts(draftTexts);
  const at = `services.${content.services.indexOf(service)}`;
  return (
    <div className="sd-details">
      <LocalizedTextEntry id="sd-pack-name" legend={t('packName')} problems={problemsAt(problems, 'name')} value={content.name} onChange={(l, v) => onChange({ ...content, name: set(content.name, l, v) }, `pack:name.${l}`)} />
      <LocalizedTextEntry id="sd-pack-desc" legend={t('packDescription')} problems={problemsAt(problems, 'description')} multiline value={content.description} onChange={(l, v) => onChange({ ...content, description: set(content.description, l, v) }, `pack:desc.${l}`)} />
      <LocalizedTextEntry id="sd-name" legend={t('serviceName')} problems={problemsAt(problems, `${at}.name`)} value={service.name} onChange={(l, v) => onServiceChange({ ...service, name: set(service.name, l, v) }, `service:name.${l}`)} />
      <LocalizedTextEntry id="sd-desc" legend={t('serviceDescription')} problems={problemsAt(problems, `${at}.description`)} multiline value={service.description} onChange={(l, v) => onServiceChange({ ...service, description: set(service.description, l, v) }, `service:desc.${l}`)} />
      <SelectEntry id="sd-kind" label={t('serviceKind')} value={service.kind} onChange={(v) => onServiceChange({ ...service, kind: v === 'notification' ? 'notification' : 'application' })}>
        <option value="application">{t('kind_application')}</option>
        <option value="notification">{t('kind_notification')}</option>
      </SelectEntry>
      <SelectEntry id="sd-authority" label={t('authorityKind')} value={service.authorityKind} onChange={(v) => {
        const kind = AUTHORITY_KINDS.find((k) => k === v);
        if (kind) onServiceChange({ ...service, authorityKind: kind });
      }}>
        {AUTHORITY_KINDS.map((k) => <option key={k} value={k}>{t(`ak_${k}`)}</option>)}
      </SelectEntry>
      <SelectEntry id="sd-identification" label={t('identification')} help={t('identificationHelp')} value={service.identification ?? 'none'} onChange={(v) => {
        const level = IDENTIFICATION_LEVELS.find((l) => l === v);
        if (!level) return;
        const { identification: _was, ...rest } = service;
        // 'none' is the default: left out, so a pack that never asks for identification keeps its file as it was.
        onServiceChange(level === 'none' ? rest : { ...rest, identification: level });
      }}>
        {IDENTIFICATION_LEVELS.map((l) => <option key={l} value={l}>{t(`identification_${l}`)}</option>)}
      </SelectEntry>
      <TopicsEntry service={service} onServiceChange={onServiceChange} />
    </div>
  );
}

/** The topics under which customers find the service: picked from the real list (GET /api/topics). */
function TopicsEntry({ service, onServiceChange }: Pick<Props, 'service' | 'onServiceChange'>) {
  const t = useTexts(draftTexts);
  const lang = useLang();
  const [topics, reload] = useLoad(listTopics, []);
  const known = topics.state === 'ready' ? topics.value : [];
  // A topic the list does not know (from an imported file) stays visible, so it can be unticked.
  const unknown = service.topics.filter((id) => topics.state === 'ready' && !known.some((k) => k.id === id));
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...service.topics, id] : service.topics.filter((x) => x !== id);
    onServiceChange({ ...service, topics: next });
  };
  return (
    <fieldset className="pp-checks sd-topics" aria-describedby="sd-topics-help">
      <legend>{t('topics')}</legend>
      <p className="pp-help" id="sd-topics-help">{t('topicsHelp')}</p>
      <LoadState loaded={topics} onRetry={() => void reload()} />
      {known.map((topic) => (
        <CheckboxEntry key={topic.id} id={`sd-topic-${topic.id}`} label={localize(topic.name, lang) || topic.id} checked={service.topics.includes(topic.id)} onChange={(on) => toggle(topic.id, on)} />
      ))}
      {unknown.map((id) => (
        <CheckboxEntry key={id} id={`sd-topic-${id}`} label={t('unknownTopic', { id })} checked onChange={(on) => toggle(id, on)} />
      ))}
    </fieldset>
  );
}
