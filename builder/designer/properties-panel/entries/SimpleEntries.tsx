/** Single-value entries: text, number (empty means "no limit"), checkbox, select. */
import type { ReactNode } from 'react';

export function TextEntry({ id, label, value, onChange, help, type = 'text', invalid }: { id: string; label: string; value: string | undefined; onChange(v: string): void; help?: string; type?: 'text' | 'date'; invalid?: boolean }) {
  return (
    <div className="pp-entry">
      <label htmlFor={id}>{label}</label>
      {help && <p id={`${id}-help`} className="pp-help">{help}</p>}
      <input id={id} type={type} value={value ?? ''} aria-describedby={help ? `${id}-help` : undefined} aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function NumberEntry({ id, label, value, onChange, min, step, help, placeholder }: { id: string; label: string; value: number | undefined; onChange(v: number | undefined): void; min?: number; step?: number; help?: string; placeholder?: string }) {
  return (
    <div className="pp-entry">
      <label htmlFor={id}>{label}</label>
      {help && <p id={`${id}-help`} className="pp-help">{help}</p>}
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        step={step ?? 'any'}
        placeholder={placeholder}
        aria-describedby={help ? `${id}-help` : undefined}
        value={value ?? ''}
        onChange={(e) => {
          const v = e.target.value;
          onChange(v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
        }}
      />
    </div>
  );
}

export function CheckboxEntry({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <div className="pp-entry pp-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function SelectEntry({ id, label, help, value, onChange, children }: { id: string; label: string; help?: string; value: string; onChange(v: string): void; children: ReactNode }) {
  return (
    <div className="pp-entry">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={help ? `${id}-help` : undefined}>{children}</select>
      {help && <p className="pp-help" id={`${id}-help`}>{help}</p>}
    </div>
  );
}
