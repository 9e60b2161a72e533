/** "Move to …": puts the element at the end of any page, section or group, without dragging. */
import { useState } from 'react';
import type { FormDefinition } from '../../../../form-library/format/types';
import { useLang, useTexts } from '../../../../ui/i18n/texts';
import { designerTexts, panelTexts } from '../../../../i18n/catalogs/builder';
import { elementTitle, pageTitle } from '../../display-label';
import { containerElements, findElement, moveTargets } from '../../modeling/tree';
import type { FormOp } from '../../modeling/operations';

export function MoveGroup({ elementId, definition, dispatch }: { elementId: string; definition: FormDefinition; dispatch(op: FormOp): void }) {
  const t = useTexts(panelTexts);
  const d = useTexts(designerTexts);
  const lang = useLang();
  const targets = moveTargets(definition, elementId);
  const current = findElement(definition, elementId)?.containerId ?? '';
  const [target, setTarget] = useState(current);
  const name = (id: string) => {
    const pageIndex = definition.pages.findIndex((p) => p.id === id);
    if (pageIndex >= 0) return `${d('page', { n: pageIndex + 1 })}: ${pageTitle(definition.pages[pageIndex], lang, d('page', { n: pageIndex + 1 }))}`;
    const el = findElement(definition, id)?.element;
    return el ? elementTitle(el, lang) : id;
  };
  const selectId = `pp-${elementId}-moveto`;
  return (
    <div className="pp-entry pp-inline pp-move">
      <label htmlFor={selectId}>{t('moveTo')}</label>
      <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
        {targets.map((tg) => (
          <option key={tg.id} value={tg.id}>{'\u00a0\u00a0'.repeat(tg.depth)}{t('endOf', { name: name(tg.id) })}</option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => {
          const index = (containerElements(definition, target) ?? []).filter((e) => e.id !== elementId).length;
          dispatch({ type: 'move', elementId, containerId: target, index });
        }}
      >
        {t('moveToButton')}
      </button>
    </div>
  );
}
