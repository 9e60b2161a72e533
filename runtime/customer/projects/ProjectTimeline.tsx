/** The project's one timeline, in time order: every permit's events and the project's own, with what lies ahead. */
import { formatAnswerDate, formatDateTime } from '../../../i18n/intl-format';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import type { TimelineEntry } from './projects-api';
import { timelineInOrder } from './timeline-order';

export function ProjectTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  if (entries.length === 0) return <p className="notice">{t('timelineEmpty')}</p>;
  return (
    <ol className="timeline project-timeline">
      {timelineInOrder(entries).map((e, i) => (
        <li key={`${e.at}|${e.permitId ?? 'p'}|${e.kind}|${i}`} className={`timeline__item timeline__item--${e.kind}`} data-kind={e.kind}>
          {/* The line itself names the permit's service (or the project), so the time stands alone above it. */}
          <p className="timeline__when">
            <time dateTime={e.at}>{e.kind === 'expected' ? t('expectedBy', { date: formatAnswerDate(e.at, lang) }) : formatDateTime(e.at, lang)}</time>
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
