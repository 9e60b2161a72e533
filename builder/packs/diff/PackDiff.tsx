/**
 * A readable diff between two pack contents, grouped by service (form-library/diff). `serviceId`
 * narrows it to one service plus the pack's own texts (the admin's upgrade screen).
 */
import { useMemo } from 'react';
import { describeChange, diffPacks, groupPackChanges } from '../../../form-library/diff';
import { localize } from '../../../form-library/format/localize';
import type { FormPackContent } from '../../../form-library/format/types';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { diffTexts } from '../../../i18n/catalogs/builder';

export interface PackDiffProps {
  before: FormPackContent;
  after: FormPackContent;
  serviceId?: string;
  /** Heading level of the group headings, so the diff fits the page's outline. */
  headingLevel?: 3 | 4;
}

export function PackDiff({ before, after, serviceId, headingLevel = 3 }: PackDiffProps) {
  const t = useTexts(diffTexts);
  const lang = useLang();
  const groups = useMemo(() => {
    const all = groupPackChanges(diffPacks(before, after));
    return serviceId ? all.filter((g) => g.serviceId === null || g.serviceId === serviceId) : all;
  }, [before, after, serviceId]);
  const H = headingLevel === 3 ? 'h3' : 'h4';

  if (groups.length === 0) return <p className="pk-diff-none">{t('noChanges')}</p>;
  return (
    <div className="pk-diff">
      {groups.map((g) => (
        <section key={g.serviceId ?? '(pack)'} className="pk-diff-group">
          <H>
            {g.serviceId === null ? t('packLevel') : localize(g.serviceName ?? undefined, lang)}{' '}
            <span className="pk-hint">({t('changes', { count: g.changes.length })})</span>
          </H>
          <ul>
            {g.changes.map((c, i) => (
              <li key={i}>{describeChange(c, lang)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
