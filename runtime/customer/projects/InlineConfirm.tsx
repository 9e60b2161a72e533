/**
 * A confirmation in the page (not a browser dialog): what is about to happen, then confirm or
 * cancel. Focus moves to its heading when it opens, so keyboard and screen reader users land on it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  busyLabel?: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function InlineConfirm({ id, title, children, confirmLabel, cancelLabel, busy, busyLabel, danger, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel confirm" role="region" aria-labelledby={id}>
      <h3 id={id} tabIndex={-1} ref={heading}>{title}</h3>
      {children}
      <div className="actions">
        <button type="button" className={danger ? 'button button--danger' : 'button button--primary'} onClick={onConfirm} disabled={busy} aria-disabled={busy}>
          {busy ? (<><span className="spinner" aria-hidden="true" /> {busyLabel ?? confirmLabel}</>) : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>{cancelLabel}</button>
      </div>
      <p className="visually-hidden" role="status">{busy ? busyLabel ?? '' : ''}</p>
    </section>
  );
}
