/**
 * The workflow as a picture (diagram-layout.ts): states top to bottom from the start, arrows
 * labelled with their button text in the reader's language. It scales down to the width of its
 * box instead of scrolling, and marks the simulator's current status when given one.
 */
import type { Lang } from '../../form-library/format/types';
import type { WorkflowDefinition } from '../../workflows/format/types';
import { useTexts } from '../../ui/i18n/texts';
import { workflowTexts } from '../../i18n/catalogs/builder';
import { BOX_H, BOX_W, diagramLayout } from './diagram-layout';

export function WorkflowDiagram({ def, lang, current, idBase = 'wf-diagram' }: { def: WorkflowDefinition; lang: Lang; current?: string; idBase?: string }) {
  const t = useTexts(workflowTexts);
  const layout = diagramLayout(def, lang);
  const titleId = `${idBase}-title`;
  const arrowId = `${idBase}-arrow`;
  return (
    <figure className="wf-diagram">
      <figcaption id={titleId}>{t('diagramDesc', { n: def.states.length, m: def.transitions.length })}</figcaption>
      <svg
        className="wf-diagram-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        style={{ maxWidth: layout.width }}
        role="img"
        aria-labelledby={titleId}
        lang={lang}
      >
        <defs>
          <marker id={arrowId} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#44546a" />
          </marker>
        </defs>
        {layout.arrows.map((a) => (
          <g key={a.key}>
            <title>{a.label}</title>
            <path d={a.d} fill="none" stroke="#44546a" strokeWidth="1.5" markerEnd={`url(#${arrowId})`} />
            {a.shortLabel && <text x={a.labelX} y={a.labelY} fontSize="11" textAnchor={a.anchor} fill="#1f2933" stroke="#fff" strokeWidth="3" paintOrder="stroke">{a.shortLabel}</text>}
          </g>
        ))}
        {layout.boxes.map((s) => {
          const active = s.id === current;
          return (
            <g key={s.id} data-state={s.id}>
              <rect x={s.x} y={s.y} width={BOX_W} height={BOX_H} rx={s.final ? 18 : 6} fill={active ? '#0b5394' : s.initial ? '#e3f0fb' : '#ffffff'} stroke="#1f2933" strokeWidth={s.final ? 3 : 1.5} strokeDasharray={s.customerVisible ? undefined : '4 3'} />
              <text x={s.x + BOX_W / 2} y={s.y + BOX_H / 2 + 4} fontSize="12" textAnchor="middle" fill={active ? '#ffffff' : '#1f2933'}>{s.label.length > 24 ? `${s.label.slice(0, 23)}…` : s.label}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
