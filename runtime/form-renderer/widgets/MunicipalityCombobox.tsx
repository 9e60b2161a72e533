/**
 * Searchable municipality picker (ARIA 1.2 combobox with a listbox): type part of the Finnish or
 * Swedish name (or the code), move with the arrow keys, choose with Enter or a click. Used in the
 * form and on the customer's home page.
 */
// Its look comes with it: pages that load it without the renderer (the home page) still style it.
import '../form-renderer.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { rendererTexts } from '../../../i18n/catalogs/form';
import { municipalityName, type MunicipalityOption } from '../context';
import { api } from '../../../ui/api/http';

const MAX_SHOWN = 30;

function fold(text: string): string {
  return text.toLocaleLowerCase('fi').normalize('NFC').trim();
}

/** Municipalities whose fi or sv name (or code) matches, names starting with the query first. */
export function searchMunicipalities(list: MunicipalityOption[], query: string): MunicipalityOption[] {
  const q = fold(query);
  if (!q) return list;
  const starts: MunicipalityOption[] = [];
  const contains: MunicipalityOption[] = [];
  for (const m of list) {
    const names = [fold(m.fi), fold(m.sv)];
    if (m.code === q || names.some((n) => n.startsWith(q))) starts.push(m);
    else if (names.some((n) => n.includes(q))) contains.push(m);
  }
  return [...starts, ...contains];
}

export function optionText(m: MunicipalityOption, lang: 'fi' | 'sv' | 'en'): string {
  const main = municipalityName(m, lang);
  const other = lang === 'sv' ? m.fi : m.sv;
  return other && other !== main ? `${main} (${other})` : main;
}

let cached: Promise<MunicipalityOption[]> | null = null;
/** GET /api/municipalities once per page load. */
export function loadMunicipalities(): Promise<MunicipalityOption[]> {
  cached ??= api<MunicipalityOption[]>('GET', '/api/municipalities').catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}

export function useMunicipalities(given?: MunicipalityOption[]): MunicipalityOption[] {
  const [loaded, setLoaded] = useState<MunicipalityOption[]>([]);
  useEffect(() => {
    // A list handed in is used as it is: no state to copy it into, no second render.
    if (given) return;
    let live = true;
    loadMunicipalities().then((list) => live && setLoaded(list), () => undefined);
    return () => {
      live = false;
    };
  }, [given]);
  return given ?? loaded;
}

export interface MunicipalityComboboxProps {
  id: string;
  municipalities: MunicipalityOption[];
  value: string | undefined;
  onChange(code: string | undefined): void;
  required?: boolean;
  readonly?: boolean;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** id of the visible label, when the label is not a <label for>. */
  labelledBy?: string;
  onBlur?(): void;
}

export function MunicipalityCombobox(props: MunicipalityComboboxProps) {
  const { id, municipalities, value, onChange, required, readonly, disabled, invalid, describedBy, labelledBy, onBlur } = props;
  const lang = useLang();
  const t = useTexts(rendererTexts);
  const listId = useId();
  const selected = municipalities.find((m) => m.code === value);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  const text = query ?? (selected ? optionText(selected, lang) : value ?? '');
  const matches = useMemo(() => (query === null ? [] : searchMunicipalities(municipalities, query).slice(0, MAX_SHOWN)), [municipalities, query]);
  const expanded = open && query !== null && query.trim() !== '';

  useEffect(() => {
    const el = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function choose(m: MunicipalityOption) {
    onChange(m.code);
    setQuery(null);
    setOpen(false);
  }

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        className="input"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && matches[active] ? `${listId}-${matches[active].code}` : undefined}
        aria-describedby={describedBy}
        aria-labelledby={labelledBy}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        readOnly={readonly}
        disabled={disabled}
        placeholder={readonly ? undefined : t('search')}
        value={text}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          if (e.target.value === '') onChange(undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) setOpen(true);
            if (query === null) setQuery(text);
            setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && expanded) {
            e.preventDefault();
            if (matches[active]) choose(matches[active]);
          } else if (e.key === 'Escape') {
            setQuery(null);
            setOpen(false);
          }
        }}
        onBlur={() => {
          // A name typed in full counts as choosing it; anything else goes back to the chosen one.
          if (query !== null) {
            const exact = municipalities.find((m) => [fold(m.fi), fold(m.sv), m.code].includes(fold(query)));
            if (exact) onChange(exact.code);
          }
          setQuery(null);
          setOpen(false);
          onBlur?.();
        }}
      />
      <ul id={listId} role="listbox" ref={listRef} className="combobox__list" hidden={!expanded} aria-label={t('search')}>
        {matches.map((m, i) => (
          <li
            key={m.code}
            id={`${listId}-${m.code}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
            onMouseDown={(e) => {
              e.preventDefault(); // keep focus in the input
              choose(m);
            }}
          >
            {optionText(m, lang)}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? (matches.length === 0 ? t('noMatches') : t('matches', { count: matches.length })) : ''}
      </p>
    </div>
  );
}
