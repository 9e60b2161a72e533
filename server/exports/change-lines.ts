/** A supplement's changes as plain lines for the PDF's history, in the export language. */
import type { Lang } from '../../form-library/format/types';
import type { SupplementChanges } from '../cases/answer-changes';
import { exportTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';

export function changeLines(changes: SupplementChanges, lang: Lang): string[] {
  const t = translator(exportTexts, lang);
  const shown = (value: string) => (value === '' ? `(${t('empty')})` : value);
  return [
    ...changes.answers.map((c) => `${c.label}: ${t('before')} ${shown(c.before)} → ${t('after')} ${shown(c.after)}`),
    ...changes.attachments.map((c) =>
      c.kind === 'replaced'
        ? `${t('fileReplaced')} (${c.field}): ${c.name} → ${c.replacedBy?.name ?? ''}`
        : `${t(c.kind === 'added' ? 'fileAdded' : 'fileRemoved')} (${c.field}): ${c.name}`,
    ),
  ];
}
