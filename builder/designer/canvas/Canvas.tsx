/** The form as the designer builds it: its pages one under another, each a drop area. */
import type { FormDefinition } from '../../../form-library/format/types';
import { format, useMessages } from '../../../ui/i18n/messages';
import { pageTitle } from '../displayLabel';
import { designerMessages } from '../messages';
import { useCanvas } from './CanvasContext';
import { DropZone } from './DropZone';

interface Props {
  form: FormDefinition;
  onAddPage(): void;
  onMovePage(pageId: string, index: number): void;
  onRemovePage(pageId: string): void;
}

export function Canvas({ form, onAddPage, onMovePage, onRemovePage }: Props) {
  const t = useMessages(designerMessages);
  const canvas = useCanvas();
  return (
    <section className="cv-canvas" aria-labelledby="canvas-heading">
      <h2 id="canvas-heading" className="bl-visually-hidden">{t.canvas}</h2>
      {form.pages.map((page, i) => {
        const title = pageTitle(page, i, canvas.lang, t.page);
        const selected = canvas.selectedId === page.id;
        const problems = canvas.problemsByElement.get(page.id) ?? [];
        return (
          <section key={page.id} className={`cv-page${selected ? ' cv-selected' : ''}`} aria-label={`${format(t.page, { n: i + 1 })}: ${title}`} data-page-id={page.id}>
            <header className="cv-page-head">
              <button type="button" className="cv-page-title" aria-pressed={selected} onClick={() => canvas.select(page.id)}>
                <span className="cv-page-n">{format(t.page, { n: i + 1 })}</span> {title}
              </button>
              <span className="ce-actions" role="group" aria-label={t.pageActions}>
                <button type="button" disabled={i === 0} aria-label={`${t.movePageUp}: ${title}`} title={t.movePageUp} onClick={() => onMovePage(page.id, i - 1)}>↑</button>
                <button type="button" disabled={i === form.pages.length - 1} aria-label={`${t.movePageDown}: ${title}`} title={t.movePageDown} onClick={() => onMovePage(page.id, i + 1)}>↓</button>
                <button type="button" disabled={form.pages.length <= 1} aria-label={`${t.deletePage}: ${title}`} title={t.deletePage} onClick={() => onRemovePage(page.id)}>✕</button>
              </span>
            </header>
            {problems.length > 0 && (
              <ul className="ce-problems">{problems.map((p, k) => <li key={k}>⚠ {p.text}</li>)}</ul>
            )}
            <DropZone containerId={page.id} ancestors={[]} label={title} elements={page.elements} emptyText={t.emptyPage} />
          </section>
        );
      })}
      <button type="button" className="cv-add-page" onClick={onAddPage}>+ {t.addPage}</button>
    </section>
  );
}
