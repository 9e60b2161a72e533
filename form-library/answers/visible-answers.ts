/**
 * The answers of a submission as they are shown, page by page, in the form's order: only what the
 * form walk shows with these answers (a question hidden by its condition, on a hidden page or in a
 * hidden section is nowhere), never info texts. Every reader of answers (summary, receipt, My
 * submissions, the case view, PDF, CSV) builds on this, so visibility is decided in one place.
 */
import type { FormData, FormDefinition, FormElement, FormPage, GroupElement, SectionElement } from '../format/types';
import { isAnswered } from '../conditions/evaluate-condition';
import { visiblePages, walkForm } from '../conditions/walk-form';
import { mustAnswer } from '../validation/must-answer';

type LeafElement = Exclude<FormElement, SectionElement | GroupElement | { kind: 'info' }>;

export type AnswerNode =
  | { kind: 'answer'; element: LeafElement; path: string; value: unknown }
  | { kind: 'section'; element: SectionElement; path: string; children: AnswerNode[] }
  | { kind: 'group'; element: GroupElement; path: string; items: AnswerNode[][] };

export interface AnswerPage {
  page: FormPage;
  /** The page's index in the definition. */
  index: number;
  nodes: AnswerNode[];
}

export interface VisibleAnswersOptions {
  /**
   * Leave out fields nobody had to answer and nobody did (a summary reads better without them);
   * by default every shown field is kept, unanswered too, so that CSV columns line up.
   */
  omitUnansweredOptional?: boolean;
}

export function visibleAnswers(def: FormDefinition, data: FormData, options: VisibleAnswersOptions = {}): AnswerPage[] {
  const pages = visiblePages(def, data).map(({ index, page }): AnswerPage => ({ page, index, nodes: [] }));
  const byIndex = new Map(pages.map((p) => [p.index, p]));
  // Where the children of each container path go ('organiser', 'guards.1'); '' is set per page.
  const lists = new Map<string, AnswerNode[]>();
  walkForm(def, data, ({ element, path, value, visible, pageIndex }) => {
    const page = byIndex.get(pageIndex);
    if (!visible || !page || element.kind === 'info') return;
    const dotted = path.join('.');
    const parent = path.length === 1 ? page.nodes : lists.get(path.slice(0, -1).join('.'));
    if (!parent) return;
    if (element.kind === 'section') {
      const children: AnswerNode[] = [];
      lists.set(dotted, children);
      parent.push({ kind: 'section', element, path: dotted, children });
    } else if (element.kind === 'group') {
      const items = (Array.isArray(value) ? value : []).map((): AnswerNode[] => []);
      items.forEach((list, i) => lists.set(`${dotted}.${i}`, list));
      parent.push({ kind: 'group', element, path: dotted, items });
    } else if (!options.omitUnansweredOptional || mustAnswer(element) || isAnswered(value)) {
      parent.push({ kind: 'answer', element, path: dotted, value });
    }
  });
  if (options.omitUnansweredOptional) for (const page of pages) page.nodes = page.nodes.filter(keepContainer);
  return pages;
}

/** With unanswered optional fields left out, a section left empty goes too, and so does an optional group with no rows. */
function keepContainer(node: AnswerNode): boolean {
  if (node.kind === 'section') {
    node.children = node.children.filter(keepContainer);
    return node.children.length > 0 || node.element.required === true;
  }
  if (node.kind === 'group') {
    node.items = node.items.map((item) => item.filter(keepContainer));
    return node.items.length > 0 || mustAnswer(node.element);
  }
  return true;
}
