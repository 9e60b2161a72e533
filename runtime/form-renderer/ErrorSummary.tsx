// Its look comes with it: pages that load it without the renderer (the home page) still style it.
import './form-renderer.css';
import { useEffect, useRef } from 'react';
import { useTexts } from '../../ui/i18n/texts';
import { rendererTexts } from '../../i18n/catalogs/form';
import { fieldIdForPath, focusField } from './error-paths';

export interface SummaryError {
  path: string;
  message: string;
  /** The field's label, shown before the message when the message does not already name it. */
  label?: string;
}

export interface ErrorSummaryProps {
  errors: SummaryError[];
  title?: string;
  /** Called when an error link is used; default: focus the field with that path on this page. */
  onSelect?(path: string): void;
  /** Changes each time errors are (re)shown, so focus moves to the summary again. */
  showKey?: number | string;
}

/**
 * The list of errors at the top of a page (GOV.UK / suomi.fi pattern): announced, focused when
 * shown, and each error a link that moves focus to its field.
 */
export function ErrorSummary({ errors, title, onSelect, showKey }: ErrorSummaryProps) {
  const t = useTexts(rendererTexts);
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, showKey]);
  if (!visible) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">{title ?? t('errorSummaryTitle')}</h2>
      {errors.length > 1 && <p>{t('errorSummaryCount', { count: errors.length })}</p>}
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.path}:${error.message}`}>
            <a
              href={`#${fieldIdForPath(error.path)}`}
              onClick={(event) => {
                event.preventDefault();
                if (onSelect) onSelect(error.path);
                else focusField(error.path);
              }}
            >
              {error.label && !error.message.startsWith(error.label) ? `${error.label}: ${error.message}` : error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
