/**
 * Every visible answer with its label, page by page: the summary before sending, the receipt
 * (printable) and the handler's quick view. Hidden answers never show.
 */
import './form-renderer.css';
import type { FormData, FormDefinition, FormElement, Lang } from '../../form-library/format/types';
import { format } from '../../ui/i18n/messages';
import type { AttachmentInfo, MunicipalityOption } from './context';
import { formatAnswer, isEmptyAnswer } from './answer-format';
import { pruneHidden, visiblePages } from './library';
import { rendererMessages } from './messages';
import { localize } from '../../form-library/format/localize';
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

interface ItemsProps {
  elements: FormElement[];
  values: Record<string, unknown>;
  lang: Lang;
  municipalities: MunicipalityOption[];
  attachments: Map<string, AttachmentInfo>;
  attachmentHref?(id: string): string;
}

function Items({ elements, values, lang, municipalities, attachments, attachmentHref }: ItemsProps) {
  const t = rendererMessages[lang];
  return (
    <dl className="answers">
      {elements.map((element) => {
        if (element.kind === 'info') return null;
        if (!(element.key in values) && element.kind !== 'attachment' && !element.required) return null;
        const value = values[element.key];
        const label = localize(element.label, lang);
        let content: React.ReactNode;
        if (element.kind === 'section') {
          content = value && typeof value === 'object' ? <Items elements={element.elements} values={value as Record<string, unknown>} lang={lang} municipalities={municipalities} attachments={attachments} attachmentHref={attachmentHref} /> : t.noAnswer;
        } else if (element.kind === 'group') {
          const list = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
          const item = localize(element.itemLabel, lang) || t.item;
          content = list.length === 0 ? t.noAnswer : (
            <ol className="answers__group">
              {list.map((row, i) => (
                <li key={i}>
                  <p className="answers__item-title">{format(t.itemHeading, { item, n: i + 1 })}</p>
                  <Items elements={element.elements} values={row ?? {}} lang={lang} municipalities={municipalities} attachments={attachments} attachmentHref={attachmentHref} />
                </li>
              ))}
            </ol>
          );
        } else if (element.kind === 'attachment') {
          if (!(element.key in values) && !element.required) return null;
          const ids = Array.isArray(value) ? (value as string[]) : [];
          content = ids.length === 0 ? t.noFiles : (
            <ul className="answers__files">
              {ids.map((id) => {
                const name = attachments.get(id)?.name ?? id;
                const href = attachmentHref?.(id);
                return <li key={id}>{href ? <a href={href}>{name}</a> : name}</li>;
              })}
            </ul>
          );
        } else {
          content = isEmptyAnswer(value) ? <span className="answers__empty">{t.noAnswer}</span> : formatAnswer(element, value, lang, municipalities);
        }
        return (
          <div className={`answers__row answers__row--${element.kind}`} key={element.id}>
            <dt>{label}</dt>
            <dd>{content}</dd>
          </div>
        );
      })}
    </dl>
  );
}

export function AnswerSummary({ definition, lang, data, attachments, attachmentHref, municipalities, onEditPage, editLabel, headingLevel = 2 }: AnswerSummaryProps) {
  const loaded = useMunicipalities(municipalities);
  const pruned = pruneHidden(definition, data);
  const pages = visiblePages(definition, data);
  const files = new Map((attachments ?? []).map((a) => [a.id, a]));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="answer-summary">
      {pages.map((page, i) => (
        <section key={page.id} className="answer-summary__page">
          <div className="answer-summary__head">
            <Heading>{localize(page.title, lang)}</Heading>
            {onEditPage && (
              <button type="button" className="button button--link" onClick={() => onEditPage(i)}>
                {editLabel ?? rendererMessages[lang].edit}
                <span className="visually-hidden">: {localize(page.title, lang)}</span>
              </button>
            )}
          </div>
          <Items elements={page.elements} values={pruned} lang={lang} municipalities={loaded} attachments={files} attachmentHref={attachmentHref} />
        </section>
      ))}
    </div>
  );
}
