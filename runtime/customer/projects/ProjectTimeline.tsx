/** The project's one timeline, in time order: every permit's events and the project's own, with what lies ahead. */
import { formatAnswerDate, formatDateTime } from '../../../i18n/intl-format';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import type { ProjectPermit, TimelineEntry } from './projects-api';
import { timelineInOrder } from './timeline-order';

export function ProjectTimeline({ entries, permits }: { entries: TimelineEntry[]; permits: ProjectPermit[] }) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  if (entries.length === 0) return <p className="notice">{t('timelineEmpty')}</p>;
  const serviceOf = (id: number | null) => (id === null ? t('theProject') : permits.find((p) => p.id === id)?.service.name ?? '');
  return (
    <ol className="timeline project-timeline">
      {timelineInOrder(entries).map((e, i) => (
        <li key={`${e.at}|${e.permitId ?? 'p'}|${e.kind}|${i}`} className={`timeline__item timeline__item--${e.kind}`} data-kind={e.kind}>
          <p className="timeline__when">
            <time dateTime={e.at}>{e.kind === 'expected' ? t('expectedBy', { date: formatAnswerDate(e.at, lang) }) : formatDateTime(e.at, lang)}</time>
            {' · '}<strong>{serviceOf(e.permitId)}</strong>
          </p>
          <p>
            {e.status && e.kind === 'status' ? <span className="status" data-status={e.status.id}>{e.status.label}</span> : null} {e.text}
          </p>
          {e.kind === 'info_request' && e.replyBy && <p className="notice notice--warn">{t('replyBy', { date: formatAnswerDate(e.replyBy, lang) })}</p>}
          {e.decision && (
            <p>
              <a href={e.decision.documentHref}>{t('decisionDocument')}</a>
              {e.decision.fileHref && e.decision.file && <>{' · '}<a href={e.decision.fileHref}>{e.decision.file.name}</a></>}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
