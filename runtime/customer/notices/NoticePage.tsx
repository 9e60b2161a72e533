/** A notice page of the customer app (privacy notice, accessibility statement), from its catalog in fi/sv/en. */
import type { Catalog } from '../../../i18n/translate';
import { useTexts } from '../../../ui/i18n/texts';
import { PageHeading } from '../page-kit';
import { NOTICE_VALUES, noticeParts, textParts } from './notice-document';

function Paragraph({ text }: { text: string }) {
  return <>{textParts(text).map((part, i) => ('href' in part ? <a key={i} href={part.href}>{part.text}</a> : <span key={i}>{part.text}</span>))}</>;
}

export function NoticePage<K extends string>({ catalog }: { catalog: Catalog<K | 'title' | 'lead'> }) {
  const t = useTexts(catalog);
  const text = (key: K | 'title' | 'lead') => t(key, NOTICE_VALUES);
  const parts = noticeParts(Object.keys(catalog.fi) as Array<K | 'title' | 'lead'>);
  return (
    <article className="notice-page">
      <PageHeading title={text('title')}>{text('title')}</PageHeading>
      <p className="lead">{text('lead')}</p>
      {parts.map((part) => (
        <section key={part.heading}>
          <h2>{text(part.heading)}</h2>
          {part.paragraphs.map((key) => <p key={key}><Paragraph text={text(key)} /></p>)}
          {part.list.length > 0 && <ul>{part.list.map((key) => <li key={key}><Paragraph text={text(key)} /></li>)}</ul>}
          {part.after.map((key) => <p key={key}><Paragraph text={text(key)} /></p>)}
        </section>
      ))}
    </article>
  );
}
