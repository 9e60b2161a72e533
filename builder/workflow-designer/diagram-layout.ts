/**
 * The workflow diagram's drawing as data: states in rows by their distance from the start (top to
 * bottom, so it fits a narrow side column), transitions as arrows labelled with their button text
 * in the reader's language. Forward arrows run straight down; arrows back up or within a row bend
 * through a margin on the right, where their labels stand.
 */
import type { Lang } from '../../form-library/format/types';
import type { WorkflowDefinition } from '../../workflows/format/types';
import { localize } from '../../form-library/format/localize';
import { layers } from './workflow-ops';

export const BOX_W = 164;
export const BOX_H = 40;
const GAP_X = 20;
const GAP_Y = 52;
const PAD = 10;
/** Room on the right for the arrows that go back up and their labels. */
const BACK_MARGIN = 150;
/** Longer labels are cut with "…" (the whole text is the arrow's tooltip). */
const MAX_LABEL = 26;

export interface DiagramBox {
  id: string;
  x: number;
  y: number;
  label: string;
  initial: boolean;
  final: boolean;
  customerVisible: boolean;
}

export interface DiagramArrow {
  key: string;
  d: string;
  /** The button text in full; `shortLabel` is what is drawn, once per transition. */
  label: string;
  shortLabel?: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle';
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: DiagramBox[];
  arrows: DiagramArrow[];
}

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;
}

export function diagramLayout(def: WorkflowDefinition, lang: Lang): DiagramLayout {
  const rows = layers(def);
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const rowsWidth = widest * (BOX_W + GAP_X) - GAP_X;
  const pos = new Map<string, { x: number; y: number }>();
  rows.forEach((ids, row) => {
    const offset = (rowsWidth - (ids.length * (BOX_W + GAP_X) - GAP_X)) / 2;
    ids.forEach((id, i) => pos.set(id, { x: PAD + offset + i * (BOX_W + GAP_X), y: PAD + row * (BOX_H + GAP_Y) }));
  });
  const boxes: DiagramBox[] = def.states.flatMap((s) => {
    const p = pos.get(s.id);
    return p ? [{ id: s.id, ...p, label: localize(s.label, lang) || s.id, initial: s.initial === true, final: s.final === true, customerVisible: s.customerVisible }] : [];
  });
  const backX = PAD + rowsWidth + 28;
  const arrows: DiagramArrow[] = [];
  def.transitions.forEach((tr, ti) => {
    const label = localize(tr.label, lang) || tr.event;
    tr.from.forEach((from, fi) => {
      const a = pos.get(from);
      const b = pos.get(tr.to);
      if (!a || !b) return;
      const first = fi === 0;
      if (b.y > a.y) {
        const x1 = a.x + BOX_W / 2;
        const y1 = a.y + BOX_H;
        const x2 = b.x + BOX_W / 2;
        const y2 = b.y;
        arrows.push({ key: `${ti}-${from}`, d: `M ${x1} ${y1} L ${x2} ${y2}`, label, ...(first && { shortLabel: shorten(label) }), labelX: (x1 + x2) / 2 + 6, labelY: (y1 + y2) / 2 + 4, anchor: 'start' });
      } else {
        const x1 = a.x + BOX_W;
        const y1 = a.y + BOX_H / 2;
        const x2 = b.x + BOX_W;
        const y2 = b.y + BOX_H / 2 + (y1 === b.y + BOX_H / 2 ? 6 : 0);
        arrows.push({ key: `${ti}-${from}`, d: `M ${x1} ${y1} C ${backX} ${y1}, ${backX} ${y2}, ${x2} ${y2}`, label, ...(first && { shortLabel: shorten(label) }), labelX: backX + 4, labelY: (y1 + y2) / 2 + 4, anchor: 'start' });
      }
    });
  });
  return { width: PAD * 2 + rowsWidth + BACK_MARGIN, height: PAD * 2 + rows.length * (BOX_H + GAP_Y) - GAP_Y, boxes, arrows };
}
