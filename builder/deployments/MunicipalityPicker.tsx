/**
 * Which municipalities a deployment covers: the whole area, or some of it picked from a
 * checkbox list that a search narrows (by Finnish or Swedish name or code). Each municipality
 * shows its official language status, which decides the texts the service needs.
 */
import { useId, useMemo, useState } from 'react';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import type { Municipality } from './api';
import { municipalityName } from './admin-data';

export interface AreaChoice {
  whole: boolean;
  selected: Set<string>;
}

export function MunicipalityPicker({ area, municipalities, value, onChange, invalid }: { area: string[]; municipalities: Map<string, Municipality>; value: AreaChoice; onChange: (v: AreaChoice) => void; invalid?: boolean }) {
  const t = useTexts(deploymentTexts);
  const lang = useLang();
  const [query, setQuery] = useState('');
  const id = useId();
  const sorted = useMemo(
    () => [...area].sort((a, b) => municipalityName(municipalities.get(a), a, lang).localeCompare(municipalityName(municipalities.get(b), b, lang), lang)),
    [area, municipalities, lang],
  );
  const q = query.trim().toLowerCase();
  const shown = q ? sorted.filter((code) => { const m = municipalities.get(code); return code.includes(q) || !!m && (m.fi.toLowerCase().includes(q) || m.sv.toLowerCase().includes(q)); }) : sorted;
  const langLabel = (l: string | undefined) => (l === 'fi' ? t('langFi') : l === 'sv' ? t('langSv') : t('langBi'));

  function toggle(code: string, on: boolean) {
    const next = new Set(value.selected);
    if (on) next.add(code);
    else next.delete(code);
    onChange({ whole: false, selected: next });
  }

  return (
    <fieldset className="pk-munis" aria-describedby={invalid ? `${id}-err` : undefined}>
      <legend>{t('area')}</legend>
      <label className="pk-check">
        <input type="radio" name={`${id}-scope`} checked={value.whole} onChange={() => onChange({ ...value, whole: true })} />
        {t('wholeArea', { count: area.length })}
      </label>
      <label className="pk-check">
        <input type="radio" name={`${id}-scope`} checked={!value.whole} onChange={() => onChange({ ...value, whole: false })} />
        {t('someArea')}
      </label>
      {!value.whole && (
        <>
          <div className="pk-field">
            <label htmlFor={`${id}-search`}>{t('search')}</label>
            <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-controls={`${id}-list`} />
          </div>
          <p role="status" className="pk-hint">{t('selectedCount', { count: value.selected.size })}</p>
          {invalid && <p className="bl-error" id={`${id}-err`}>{t('chooseSome')}</p>}
          <ul className="pk-munis-list" id={`${id}-list`}>
            {shown.map((code) => {
              const m = municipalities.get(code);
              return (
                <li key={code}>
                  <label className="pk-check">
                    <input type="checkbox" checked={value.selected.has(code)} onChange={(e) => toggle(code, e.target.checked)} />
                    {municipalityName(m, code, lang)} <span className="pk-hint">({code}, {langLabel(m?.languages)})</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </fieldset>
  );
}
