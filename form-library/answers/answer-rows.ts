/**
 * The answers as flat rows of { label, value } in one language: what the PDF prints, what the CSV
 * uses as columns. Labels are the element labels of the pack version (the same texts the summary
 * shows), prefixed by their section or group item so that "Name" under "Organiser" and "Name"
 * under "Contact person" stay apart.
 */
import type { FormData, FormDefinition, Lang } from '../format/types';
import { localize } from '../format/localize';
import { formatAnswer, type AnswerLookups } from './format-answer';
import { visibleAnswers, type AnswerNode } from './visible-answers';

export interface AnswerRow {
  /** Dotted data path, e.g. 'organiser.businessId', 'participants.0.name'. */
  path: string;
  /** The element's label in the language, prefixed by its section or group item. */
  label: string;
  value: string;
}

/** Separator between a section or group item and the label inside it. */
export const LABEL_SEPARATOR = ': ';

/**
 * Every shown answer in the order of the form; questions hidden by a condition and info texts are
 * left out, unanswered shown fields kept with an empty value so that CSV columns line up.
 */
export function answerRows(definition: FormDefinition, data: FormData, lang: Lang, lookups: AnswerLookups = {}): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const add = (nodes: AnswerNode[], prefix: string) => {
    for (const node of nodes) {
      const label = prefix + localize(node.element.label, lang, node.element.key);
      if (node.kind === 'section') add(node.children, label + LABEL_SEPARATOR);
      else if (node.kind === 'group') {
        const itemLabel = localize(node.element.itemLabel, lang) || localize(node.element.label, lang, node.element.key);
        node.items.forEach((item, i) => add(item, `${prefix}${itemLabel} ${i + 1}${LABEL_SEPARATOR}`));
      } else rows.push({ path: node.path, label, value: formatAnswer(node.element, node.value, lang, lookups) });
    }
  };
  for (const page of visibleAnswers(definition, data)) add(page.nodes, '');
  return rows;
}
