/** The form as the designer builds it: its pages one under another, each a drop area. */
import { memo } from 'react';
import type { FormDefinition, FormPage } from '../../../form-library/format/types';
import { useTexts } from '../../../ui/i18n/texts';
import { designerTexts } from '../../../i18n/catalogs/builder';
import { pageTitle } from '../display-label';
import { useCanvas } from './CanvasContext';
import { useIsSelected, useProblemsOf } from './canvas-store';
import { DropZone } from './DropZone';

interface Props {
  form: FormDefinition;
  /** Absent for a one-page document (project data): no "Add page". */
  onAddPage?(): void;
  onMovePage(pageId: string, index: number): void;
  onRemovePage(pageId: string): void;
}

export function Canvas({ form, onAddPage, onMovePage, onRemovePage }: Props) {
  const t = useTexts(designerTexts);
  return (
    <section className="cv-canvas" aria-labelledby="canvas-heading">
      <h2 id="canvas-heading" className="bl-visually-hidden">{t('canvas')}</h2>
      {form.pages.map((page, i) => (
        <PageView key={page.id} page={page} index={i} count={form.pages.length} onMovePage={onMovePage} onRemovePage={onRemovePage} />
      ))}
      {onAddPage && <button type="button" className="cv-add-page" onClick={onAddPage}>+ {t('addPage')}</button>}
    </section>
  );
}

interface PageProps {
  page: FormPage;
  index: number;
  count: number;
  onMovePage(pageId: string, index: number): void;
  onRemovePage(pageId: string): void;
}

const PageView = memo(function PageView({ page, index: i, count, onMovePage, onRemovePage }: PageProps) {
  const t = useTexts(designerTexts);
  const canvas = useCanvas();
  const title = pageTitle(page, canvas.lang, t('page', { n: i + 1 }));
  const selected = useIsSelected(canvas.store, page.id);
  const problems = useProblemsOf(canvas.store, page.id);
  return (
    <section className={`cv-page${selected ? ' cv-selected' : ''}`} aria-label={`${t('page', { n: i + 1 })}: ${title}`} data-page-id={page.id}>
      <header className="cv-page-head">
        <button type="button" className="cv-page-title" aria-pressed={selected} onClick={() => canvas.select(page.id)}>
          <span className="cv-page-n">{t('page', { n: i + 1 })}</span> {title}
        </button>
        <span className="ce-actions" role="group" aria-label={t('pageActions')}>
          <button type="button" disabled={i === 0} aria-label={`${t('movePageUp')}: ${title}`} title={t('movePageUp')} onClick={() => onMovePage(page.id, i - 1)}>↑</button>
          <button type="button" disabled={i === count - 1} aria-label={`${t('movePageDown')}: ${title}`} title={t('movePageDown')} onClick={() => onMovePage(page.id, i + 1)}>↓</button>
          <button type="button" disabled={count <= 1} aria-label={`${t('deletePage')}: ${title}`} title={t('deletePage')} onClick={() => onRemovePage(page.id)}>✕</button>
        </span>
      </header>
      {problems.length > 0 && (
        <ul className="ce-problems">{problems.map((p, k) => <li key={k}>⚠ {p.text}</li>)}</ul>
      )}
      <DropZone containerId={page.id} ancestorPath="" label={title} elements={page.elements} emptyText={t('emptyPage')} />
    </section>
  );
});
