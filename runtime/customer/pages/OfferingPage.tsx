import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { customerApi, type OfferedService, type Topic } from '../api';
import { offeringView, webHost } from '../offering-view';
import { LoadError, Loading, PageHeading, usePath } from '../page-kit';
import type { ServiceLinkState } from '../service-form-load';
import { useLoad } from '../use-load';
import { localize } from '../../../form-library/format/localize';
import { FindOutLink, useTopicAssessments } from '../assessment/FindOutLink';
import { shortDescription } from '../../../form-library/text/short-description';

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
  // The whole offering once per place and language: the topic filter, the other topics' counts and
  // the services every municipality has are all read from it, so changing the topic costs no request.
  const offering = useLoad(() => customerApi.offering(municipality, lang), `${municipality}|${lang}`);
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
  const topicList = topics.data ?? [];
  const view = offeringView(offering.data.services, topicList, topicFilter);
  const groups = groupByTopic(view.shown, topicList);
  const topicName = (id: string) => {
    const tp = topicList.find((x) => x.id === id);
    return tp ? localize(tp.name, lang) : id;
  };

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
          {topicList.map((tp) => (
            <option key={tp.id} value={tp.id}>{localize(tp.name, lang)}</option>
          ))}
        </select>
      </div>
      <p role="status">{t('serviceCount', { count: view.shown.length })}</p>
      {view.shown.length === 0 && (
        <p className="notice">
          {topicFilter ? t('noServicesTopic', { municipality: name, topic: topicName(topicFilter) }) : t('noServicesAtAll', { municipality: name })}
        </p>
      )}
      {groups.map(({ topic, services }) => (
        <section className="topic" key={topic?.id ?? 'other'} aria-labelledby={`topic-${topic?.id ?? 'other'}`}>
          <h2 id={`topic-${topic?.id ?? 'other'}`}>{topic ? localize(topic.name, lang) : t('otherTopic')}</h2>
          {topic && topicAssessments(topic.id).map((a) => <FindOutLink key={`${a.pack}/${a.id}`} assessment={a} municipality={m.code} />)}
          <ServiceList services={services} code={m.code} />
        </section>
      ))}
      {view.thin && (
        <section className="elsewhere" aria-labelledby="elsewhere-title">
          <h2 id="elsewhere-title">{t('elsewhereTitle')}</h2>
          {topicFilter && view.shown.length > 0 && <p>{t('fewServicesTopic', { topic: topicName(topicFilter) })}</p>}
          {m.web ? (
            <p>
              {t('askMunicipality', { municipality: name })} <a href={m.web}>{webHost(m.web)}</a>
            </p>
          ) : (
            <p>{t('askMunicipalityNoWeb', { municipality: name })}</p>
          )}
          {view.otherTopics.length > 0 && (
            <>
              <h3>{t('otherTopicsTitle')}</h3>
              <ul className="topic-links">
                {view.otherTopics.map(({ topic, count }) => (
                  <li key={topic.id}>
                    <Link to={`?aihe=${encodeURIComponent(topic.id)}`}>{t('topicWithCount', { topic: localize(topic.name, lang), count })}</Link>
                  </li>
                ))}
                {topicFilter && (
                  <li><Link to="?">{t('allServices', { count: offering.data.services.length })}</Link></li>
                )}
              </ul>
            </>
          )}
          {view.everywhere.length > 0 && (
            <>
              <h3>{t('everywhereTitle')}</h3>
              <p>{t('everywhereLead')}</p>
              <ServiceList services={view.everywhere} code={m.code} />
            </>
          )}
        </section>
      )}
    </>
  );
}

function ServiceList({ services, code }: { services: OfferedService[]; code: string }) {
  const t = useTexts(customerTexts);
  const path = usePath();
  return (
    <ul className="service-list">
      {services.map((s) => (
        <li key={s.deploymentId} className="service-card">
          <h3>
            <Link to={path(`asioi/${code}/palvelu/${s.deploymentId}`)} state={{ packVersion: s.packVersion } satisfies ServiceLinkState}>{s.name}</Link>
          </h3>
          <p><span className="tag">{s.kind === 'application' ? t('application') : t('notification')}</span></p>
          <p>{shortDescription(s.description) ?? s.description}</p>
          <p className="service-card__authority">{t('responsible', { authority: s.authority.name })}</p>
        </li>
      ))}
    </ul>
  );
}
