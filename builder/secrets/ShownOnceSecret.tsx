/**
 * A secret the server shows once (an API key, a webhook signing secret): its whole text, a copy
 * button, and the warning that it will not be shown again. The page names it in its own words.
 */
import { useState, type RefObject } from 'react';

export interface ShownOnceTexts {
  title: string;
  warning: string;
  /** The accessible name of the secret's text. */
  label: string;
  copy: string;
  copied: string;
  copyFailed: string;
  done: string;
}

interface Props {
  secret: string;
  texts: ShownOnceTexts;
  /** Focused when shown, so a screen reader reads the warning first. */
  boxRef: RefObject<HTMLElement | null>;
  onDone: () => void;
  /** For the page's tests: the box's and the secret's test ids. */
  testIds: { box: string; secret: string };
  idPrefix: string;
}

export function ShownOnceSecret({ secret, texts, boxRef, onDone, testIds, idPrefix }: Props) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  const titleId = `${idPrefix}-title`;
  return (
    <section className="bl-error-box" style={{ borderColor: 'var(--warn)', background: '#fffaf0' }} tabIndex={-1} ref={boxRef} aria-labelledby={titleId} data-testid={testIds.box}>
      <h2 id={titleId}>{texts.title}</h2>
      <p><strong>{texts.warning}</strong></p>
      <p><output className="pk-secret" data-testid={testIds.secret} aria-label={texts.label}>{secret}</output></p>
      <div className="pk-row">
        <button type="button" className="bl-primary" onClick={() => void copy()}>{texts.copy}</button>
        <button type="button" onClick={onDone}>{texts.done}</button>
      </div>
      <p role="status">{copied === 'yes' ? texts.copied : copied === 'failed' ? texts.copyFailed : ''}</p>
    </section>
  );
}
