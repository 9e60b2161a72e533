/**
 * The library to deploy from: search and topic filter over the services this kind of authority may
 * deploy, each card with a short description that opens to the full text, what is already in use
 * (then the way on is an upgrade, not a second deployment), a preview and the live service.
 */
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { localize } from '../../form-library/format/localize';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import type { AdminData } from './admin-data';
import { filterLibrary, libraryEntries, liveServicePath, type LibraryEntry } from './library-view';
import { shortDescription } from '../../form-library/text/short-description';

export function LibraryList({ data }: { data: AdminData }) {
  const t = useTexts(deploymentTexts);
  const lang = useLang();
  const id = useId();
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const entries = libraryEntries(data.library, data.deployments);
  const shown = filterLibrary(entries, query, topic, lang);
  const offeredTopics = data.topics.filter((tp) => entries.some((e) => e.item.service.topics.includes(tp.id)));

  return (
    <>
      <div className="pk-row lib-filters">
        <div className="pk-field">
          <label htmlFor={`${id}-q`}>{t('libSearch')}</label>
          <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-q-help`} />
          <p className="pk-hint" id={`${id}-q-help`}>{t('libSearchHelp')}</p>
        </div>
        <div className="pk-field">
          <label htmlFor={`${id}-topic`}>{t('libTopic')}</label>
          <select id={`${id}-topic`} value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value="">{t('libAllTopics')}</option>
            {offeredTopics.map((tp) => <option key={tp.id} value={tp.id}>{localize(tp.name, lang)}</option>)}
          </select>
        </div>
      </div>
      <p role="status" className="pk-hint">{t('libShown', { count: shown.length, total: entries.length })}</p>
      {shown.length === 0 ? (
        <p>{t('libNoMatches')}</p>
      ) : (
        <ul className="pk-cards lib-cards">
          {shown.map((entry) => <LibraryCard key={`${entry.item.packId}:${entry.item.service.id}`} entry={entry} data={data} />)}
        </ul>
      )}
    </>
  );
}

function LibraryCard({ entry, data }: { entry: LibraryEntry; data: AdminData }) {
  const t = useTexts(deploymentTexts);
  const lang = useLang();
  const { item, deployments, deployedVersion, newerVersion, municipalityCount } = entry;
  const name = localize(item.service.name, lang);
  const description = localize(item.service.description, lang);
  const short = shortDescription(description);
  const topicNames = item.service.topics.map((id) => localize(data.topics.find((tp) => tp.id === id)?.name, lang) || id);
  const live = deployments[0] ? liveServicePath(lang, deployments[0]) : null;
  const preview = `/${lang}/deployments/preview?pack=${item.packId}&service=${encodeURIComponent(item.service.id)}&version=${item.version}`;
  const deployPath = `/${lang}/deployments/new?pack=${item.packId}&service=${encodeURIComponent(item.service.id)}`;
  // In use in part of the area: the rest may still take it (a deployment of its own), never the same places again.
  const areaLeft = deployedVersion !== null && municipalityCount < data.authority.municipalities.length;
  return (
    <li className="pk-card lib-card">
      <h3>{name}</h3>
      <p className="pk-hint">
        {t('pack', { name: localize(item.packName, lang) })} · {t('version', { version: item.version })}
        {topicNames.length > 0 && ` · ${topicNames.join(', ')}`}
      </p>
      {deployedVersion !== null && (
        <p>
          <span className="pk-badge pk-badge-ok">{t('libDeployedMark', { version: deployedVersion })}</span>{' '}
          {t('deployedAlready', { count: municipalityCount })}
          {newerVersion !== null && <> <span className="pk-badge pk-badge-warn">{t('upgradeAvailable', { version: newerVersion })}</span></>}
        </p>
      )}
      {short === null ? (
        <p>{description}</p>
      ) : (
        <>
          <p>{short}</p>
          <details>
            <summary>{t('libFullDescription')}<span className="bl-visually-hidden">: {name}</span></summary>
            <p>{description}</p>
          </details>
        </>
      )}
      <div className="pk-row">
        {deployedVersion === null ? (
          <Link to={deployPath} aria-label={`${t('deploy')}: ${name}`}>{t('deploy')}</Link>
        ) : (
          newerVersion !== null && deployments[0] && (
            <Link to={`/${lang}/deployments/${deployments[0].id}/upgrade`} aria-label={`${t('libUpgradeTo', { version: newerVersion })}: ${name}`}>
              {t('libUpgradeTo', { version: newerVersion })}
            </Link>
          )
        )}
        {areaLeft && <Link to={deployPath} aria-label={`${t('libDeployMore')}: ${name}`}>{t('libDeployMore')}</Link>}
        <Link to={preview} aria-label={`${t('libPreview')}: ${name}`}>{t('libPreview')}</Link>
        {live && <a href={live} aria-label={`${t('openLive')}: ${name}`}>{t('openLive')}</a>}
      </div>
    </li>
  );
}
