import type { ArrayFieldItemTemplateProps, ArrayFieldTemplateProps } from '@rjsf/utils';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { rendererTexts } from '../../../i18n/catalogs/form';
import { localize } from '../../../form-library/format/localize';
import { RequiredMark } from './RequiredMark';
import { elementOf } from './element-of';
import type { UiSchema } from '@rjsf/utils';

function itemLabelOf(uiSchema: UiSchema | undefined, lang: ReturnType<typeof useLang>, fallback: string): string {
  const element = elementOf(uiSchema);
  if (element?.kind === 'group') return localize(element.itemLabel, lang) || fallback;
  return fallback;
}

/** A repeating group: a fieldset of items, each with its own remove button, and an add button, all labelled in the language. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { canAdd, fieldPathId, items, onAddClick, readonly, disabled, required, title, uiSchema } = props;
  const t = useTexts(rendererTexts);
  const lang = useLang();
  const legend = (uiSchema?.['ui:title'] as string | undefined) ?? title;
  const item = itemLabelOf(uiSchema, lang, t('item'));
  const itemsRef = useRef<HTMLDivElement>(null);
  // After "+ Add", the new row's first field takes focus: a keyboard or screen reader user is
  // where they will type, instead of on the add button below an unannounced new row.
  const focusNewRow = useRef(false);
  useEffect(() => {
    if (!focusNewRow.current) return;
    focusNewRow.current = false;
    itemsRef.current?.lastElementChild?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [items.length]);
  const add = (event: MouseEvent<HTMLButtonElement>) => {
    focusNewRow.current = true;
    onAddClick(event);
  };
  return (
    <fieldset className="group" id={fieldPathId.$id}>
      <legend className="section__legend">
        {legend}
        {required && <RequiredMark />}
      </legend>
      {items.length === 0 && <p className="group__empty">{t('none')}</p>}
      <div className="group__items" ref={itemsRef}>{items}</div>
      {canAdd && !readonly && (
        <button type="button" className="button button--secondary group__add" onClick={add} disabled={disabled}>
          + {t('add', { item: item.toLocaleLowerCase(lang) })}
        </button>
      )}
    </fieldset>
  );
}

export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, index, buttonsProps, parentUiSchema, readonly, disabled } = props;
  const t = useTexts(rendererTexts);
  const lang = useLang();
  const item = itemLabelOf(parentUiSchema, lang, t('item'));
  const heading = t('itemHeading', { item: item.charAt(0).toLocaleUpperCase(lang) + item.slice(1), n: index + 1 });
  return (
    <fieldset className="group__item">
      <legend className="group__item-legend">{heading}</legend>
      {children}
      {buttonsProps.hasRemove && !readonly && (
        <button type="button" className="button button--link group__remove" onClick={buttonsProps.onRemoveItem} disabled={disabled}>
          {t('remove', { item: item.toLocaleLowerCase(lang), n: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
