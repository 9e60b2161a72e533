import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { customerApi, type OfferedService, type Topic } from '../api';
import { LoadError, Loading, PageHeading, usePath } from '../page-kit';
import type { ServiceLinkState } from '../service-form-load';
import { useLoad } from '../use-load';
import { localize } from '../../../form-library/format/localize';
import { FindOutLink, useTopicAssessments } from '../assessment/FindOutLink';

/** Services grouped by topic; a service with several topics is listed under its first. */
export function groupByTopic(services: OfferedService[], topics: Topic[]): Array<{ topic: Topic | null; services: OfferedService[] }> {
  const groups = new Map<string, OfferedService[]>();
  for (const s of services) {
    const key = s.topics.find((id) => topics.some((tp) => tp.id === id)) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const ordered = topics.filter((tp) => groups.has(tp.id)).map((tp) => ({ topic: tp as Topic | null, services: groups.get(tp.id)! }));
  if (groups.has('')) ordered.push({ topic: null, services: groups.get('')! });
  return ordered;
}

export function OfferingPage() {
  const { municipality = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const topicFilter = search.get('aihe') ?? '';
  const lang = useLang();
  const t = useTexts(customerTexts);
  const path = usePath();
  const offering = useLoad(() => customerApi.offering(municipality, lang, topicFilter || undefined), `${municipality}|${lang}|${topicFilter}`);
  const topics = useLoad(() => customerApi.topics(), 'topics');
  const topicAssessments = useTopicAssessments();

  if (offering.error) {
    if (offering.error instanceof ApiError && (offering.error.status === 400 || offering.error.status === 404)) {
      return (
        <>
          <PageHeading title={t('unknownMunicipality', { code: municipality })}>{t('unknownMunicipality', { code: municipality })}</PageHeading>
          <p><Link to={path('')}>{t('changeMunicipality')}</Link></p>
        </>
      );
    }
    return <LoadError error={offering.error} onRetry={offering.reload} />;
  }
  if (!offering.data) return <Loading />;
  const m = offering.data.municipality;
  const name = localize(m, lang);
  const title = t('offeringTitle', { municipality: name });
  const groups = groupByTopic(offering.data.services, topics.data ?? []);

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to={path('')}>{t('changeMunicipality')}</Link>
      </p>
      <div className="field-row">
        <label htmlFor="topic-filter" className="label">{t('topic')}</label>
        <select
          id="topic-filter"
          className="input"
          value={topicFilter}
          onChange={(e) => setSearch(e.target.value ? { aihe: e.target.value } : {})}
        >
          <option value="">{t('allTopics')}</option>
          {(topics.data ?? []).map((tp) => (
            <option key={tp.id} value={tp.id}>{localize(tp.name, lang)}</option>
          ))}
        </select>
      </div>
      <p role="status">{t('serviceCount', { count: offering.data.services.length })}</p>
      {offering.data.services.length === 0 && <p className="notice">{t('noServices')}</p>}
      {groups.map(({ topic, services }) => (
        <section className="topic" key={topic?.id ?? 'other'} aria-labelledby={`topic-${topic?.id ?? 'other'}`}>
          <h2 id={`topic-${topic?.id ?? 'other'}`}>{topic ? localize(topic.name, lang) : t('otherTopic')}</h2>
          {topic && topicAssessments(topic.id).map((a) => <FindOutLink key={`${a.pack}/${a.id}`} assessment={a} municipality={m.code} />)}
          <ul className="service-list">
            {services.map((s) => (
              <li key={s.deploymentId} className="service-card">
                <h3>
                  <Link to={path(`asioi/${m.code}/palvelu/${s.deploymentId}`)} state={{ packVersion: s.packVersion } satisfies ServiceLinkState}>{s.name}</Link>
                </h3>
                <p><span className="tag">{s.kind === 'application' ? t('application') : t('notification')}</span></p>
                <p>{s.description}</p>
                <p className="service-card__authority">{t('responsible', { authority: s.authority.name })}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
