/** The options of a choice field: a value and its text in fi/sv/en per row; add, remove, reorder. */
import type { ChoiceOption, Lang } from '../../../../form-library/format/types';
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { camelKey } from '../../modeling/keys';
import { AdvancedFold } from './AdvancedFold';
import { LocalizedTextEntry } from './LocalizedTextEntry';

interface Props {
  id: string;
  options: ChoiceOption[];
  onChange(options: ChoiceOption[], coalesceKey?: string): void;
}

function uniqueValue(options: ChoiceOption[]): string {
  const taken = new Set(options.map((o) => o.value));
  for (let n = options.length + 1; ; n += 1) if (!taken.has(`option${n}`)) return `option${n}`;
}

export function OptionsEntry({ id, options, onChange }: Props) {
  const t = useTexts(panelTexts);
  const setText = (i: number, lang: Lang, text: string) => {
    const next = options.map((o, k) => {
      if (k !== i) return o;
      const label = { ...o.label, [lang]: text };
      if (text === '') delete label[lang];
      // A value still "optionN" follows the Finnish text, like a key follows a label.
      const value = lang === 'fi' && /^option\d+$/.test(o.value) && text.trim() ? camelKey(text) : o.value;
      return { value: options.some((x, j) => j !== k && x.value === value) ? o.value : value, label };
    });
    onChange(next, `${id}:options.${i}.label.${lang}`);
  };
  const duplicated = new Set(options.map((o) => o.value)).size < options.length;
  return (
    <fieldset className="pp-options">
      <legend>{t('options')}</legend>
      <ol>
        {options.map((o, i) => (
          <li key={i}>
            <LocalizedTextEntry id={`${id}-opt${i}`} legend={t('optionN', { n: i + 1 })} value={o.label} onChange={(lang, text) => setText(i, lang, text)} />
            <button type="button" onClick={() => onChange(options.filter((_, k) => k !== i))}>{t('removeOption', { n: i + 1 })}</button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...options, { value: uniqueValue(options), label: {} }])}>+ {t('addOption')}</button>
      <AdvancedFold open={duplicated}>
        {options.map((o, i) => (
          <div key={i} className="pp-entry">
            <label htmlFor={`${id}-opt${i}-value`}>{t('optionValueN', { n: i + 1 })}</label>
            <input
              id={`${id}-opt${i}-value`}
              value={o.value}
              aria-invalid={options.some((x, k) => k !== i && x.value === o.value) || undefined}
              onChange={(e) => onChange(options.map((x, k) => (k === i ? { ...x, value: e.target.value } : x)), `${id}:options.${i}.value`)}
            />
          </div>
        ))}
      </AdvancedFold>
    </fieldset>
  );
}
