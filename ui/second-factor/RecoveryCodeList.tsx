/** Recovery codes, shown once (after setting up an authenticator or making new ones), with the way on. */
import { useEffect, useRef } from 'react';
import { useTexts } from '../i18n/texts';
import { secondFactorTexts } from '../../i18n/catalogs/second-factor';

interface Props {
  codes: readonly string[];
  /** The heading's level where the list appears. */
  level: 1 | 2;
  primaryButton: string;
  onDone: () => void;
}

export function RecoveryCodeList({ codes, level, primaryButton, onDone }: Props) {
  const t = useTexts(secondFactorTexts);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby="recovery-codes-title">
      <Heading id="recovery-codes-title" ref={heading} tabIndex={-1}>{t('codesTitle')}</Heading>
      <p>{t('codesIntro')}</p>
      <ul aria-label={t('codesList')}>
        {codes.map((code) => <li key={code}><code>{code}</code></li>)}
      </ul>
      <p><button type="button" className={primaryButton} onClick={onDone}>{t('codesSaved')}</button></p>
    </section>
  );
}
