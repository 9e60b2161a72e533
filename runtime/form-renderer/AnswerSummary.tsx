/**
 * Every shown answer with its label, page by page: the summary before sending, the receipt
 * (printable), My submissions and the handler's case view. What is shown and how each answer reads
 * is form-library's (`visibleAnswers`, `formatAnswer`), the same as in the PDF and the CSV, so a
 * question hidden by its condition is nowhere.
 */
import './form-renderer.css';
import { formatAnswer, visibleAnswers, type AnswerLookups, type AnswerNode } from '../../form-library/answers';
import { localize } from '../../form-library/format/localize';
import type { FormData, FormDefinition, Lang } from '../../form-library/format/types';
import { municipalityName, type AttachmentInfo, type MunicipalityOption } from './context';
import { rendererTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';
import { useMunicipalities } from './widgets/MunicipalityCombobox';

export interface AnswerSummaryProps {
  definition: FormDefinition;
  lang: Lang;
  data: FormData;
  attachments?: AttachmentInfo[];
  attachmentHref?(id: string): string;
  municipalities?: MunicipalityOption[];
  /** Link to change a page's answers (summary page); called with the index among visible pages. */
  onEditPage?(step: number): void;
  editLabel?: string;
  /** Heading level of page titles (default 2). */
  headingLevel?: 2 | 3;
}

interface NodesProps {
  nodes: AnswerNode[];
  lang: Lang;
  lookups: AnswerLookups;
  attachmentHref?(id: string): string;
}

function Nodes({ nodes, lang, lookups, attachmentHref }: NodesProps) {
  const t = translator(rendererTexts, lang);
  const nested = (inner: AnswerNode[]) => <Nodes nodes={inner} lang={lang} lookups={lookups} attachmentHref={attachmentHref} />;
  return (
    <dl className="answers">
      {nodes.map((node) => {
        const { element } = node;
        let content: React.ReactNode;
        if (node.kind === 'section') {
          content = node.children.length === 0 ? <span className="answers__empty">{t('noAnswer')}</span> : nested(node.children);
        } else if (node.kind === 'group') {
          const item = localize(node.element.itemLabel, lang) || t('item');
          content = node.items.length === 0 ? <span className="answers__empty">{t('noAnswer')}</span> : (
            <ol className="answers__group">
              {node.items.map((row, i) => (
                <li key={i}>
                  <p className="answers__item-title">{t('itemHeading', { item, n: i + 1 })}</p>
                  {nested(row)}
                </li>
              ))}
            </ol>
          );
        } else if (node.element.kind === 'attachment') {
          const ids = Array.isArray(node.value) ? node.value.map(String) : [];
          content = ids.length === 0 ? <span className="answers__empty">{t('noFiles')}</span> : (
            <ul className="answers__files">
              {ids.map((id) => {
                const name = lookups.attachmentName?.(id) ?? id;
                const href = attachmentHref?.(id);
                return <li key={id}>{href ? <a href={href}>{name}</a> : name}</li>;
              })}
            </ul>
          );
        } else {
          const text = formatAnswer(node.element, node.value, lang, lookups);
          content = text === '' ? <span className="answers__empty">{t('noAnswer')}</span> : text;
        }
        return (
          <div className={`answers__row answers__row--${element.kind}`} key={node.path}>
            <dt>{localize(element.label, lang)}</dt>
            <dd>{content}</dd>
          </div>
        );
      })}
    </dl>
  );
}

export function AnswerSummary({ definition, lang, data, attachments, attachmentHref, municipalities, onEditPage, editLabel, headingLevel = 2 }: AnswerSummaryProps) {
  const loaded = useMunicipalities(municipalities);
  const files = new Map((attachments ?? []).map((a) => [a.id, a.name]));
  const places = new Map(loaded.map((m) => [m.code, m]));
  const lookups: AnswerLookups = {
    attachmentName: (id) => files.get(id),
    municipalityName: (code, l) => {
      const place = places.get(code);
      return place && municipalityName(place, l);
    },
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="answer-summary">
      {visibleAnswers(definition, data, { omitUnansweredOptional: true }).map(({ page, nodes }, i) => (
        <section key={page.id} className="answer-summary__page">
          <div className="answer-summary__head">
            <Heading>{localize(page.title, lang)}</Heading>
            {onEditPage && (
              <button type="button" className="button button--link" onClick={() => onEditPage(i)}>
                {editLabel ?? translator(rendererTexts, lang)('edit')}
                <span className="visually-hidden">: {localize(page.title, lang)}</span>
              </button>
            )}
          </div>
          <Nodes nodes={nodes} lang={lang} lookups={lookups} attachmentHref={attachmentHref} />
        </section>
      ))}
    </div>
  );
}
