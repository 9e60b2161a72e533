/**
 * "Advanced": what only a technical reader needs (data keys, the values saved for options, a
 * regular expression, a workflow's event names), folded away from the main path of a designer who
 * does not code. It opens by itself while something in it needs fixing.
 */
import type { ReactNode } from 'react';
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';

export function AdvancedFold({ open, children }: { open?: boolean; children: ReactNode }) {
  const t = useTexts(panelTexts);
  return (
    <details className="pp-advanced" open={open || undefined}>
      <summary>{t('advanced')}</summary>
      <p className="pp-help">{t('advancedHelp')}</p>
      {children}
    </details>
  );
}
