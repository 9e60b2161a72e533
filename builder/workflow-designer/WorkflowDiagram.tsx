/** The workflow as a picture: states in layers by distance from the start, transitions as arrows. */
import type { Lang } from '../../form-library/format/types';
import type { WorkflowDefinition } from '../../workflows/format/types';
import { useTexts } from '../../ui/i18n/texts';
import { workflowTexts } from '../../i18n/catalogs/builder';
import { localize } from '../../form-library/format/localize';
import { layers } from './workflowOps';

const BOX_W = 150;
const BOX_H = 44;
const GAP_X = 60;
const GAP_Y = 28;

export function WorkflowDiagram({ def, lang, current, idBase = 'wf-diagram' }: { def: WorkflowDefinition; lang: Lang; current?: string; idBase?: string }) {
  const t = useTexts(workflowTexts);
  const layout = layers(def);
  const pos = new Map<string, { x: number; y: number }>();
  layout.forEach((ids, col) => ids.forEach((id, row) => pos.set(id, { x: 10 + col * (BOX_W + GAP_X), y: 10 + row * (BOX_H + GAP_Y) })));
  const width = 20 + layout.length * (BOX_W + GAP_X);
  const height = 20 + Math.max(1, ...layout.map((l) => l.length)) * (BOX_H + GAP_Y);
  const titleId = `${idBase}-title`;
  const arrowId = `${idBase}-arrow`;
  return (
    <figure className="wf-diagram">
      <figcaption id={titleId}>{t('diagramDesc', { n: def.states.length, m: def.transitions.length })}</figcaption>
      <div className="wf-diagram-scroll" tabIndex={0} role="group" aria-labelledby={titleId}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
          <defs>
            <marker id={arrowId} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#44546a" />
            </marker>
          </defs>
          {def.transitions.flatMap((tr, i) =>
            tr.from.map((from) => {
              const a = pos.get(from);
              const b = pos.get(tr.to);
              if (!a || !b) return null;
              const forward = b.x > a.x;
              const x1 = forward ? a.x + BOX_W : a.x + BOX_W / 2;
              const y1 = forward ? a.y + BOX_H / 2 : a.y + BOX_H;
              const x2 = forward ? b.x : b.x + BOX_W / 2;
              const y2 = forward ? b.y + BOX_H / 2 : b.y + BOX_H;
              // Backward and same-layer arrows bend below the boxes so they do not cross them.
              const d = forward ? `M ${x1} ${y1} L ${x2} ${y2}` : `M ${x1} ${y1} C ${x1} ${y1 + 30}, ${x2} ${y2 + 30}, ${x2} ${y2}`;
              return (
                <g key={`${i}-${from}`}>
                  <path d={d} fill="none" stroke="#44546a" strokeWidth="1.5" markerEnd={`url(#${arrowId})`} />
                  <text x={(x1 + x2) / 2} y={(y1 + y2) / 2 - 4 + (forward ? 0 : 22)} fontSize="10" textAnchor="middle" fill="#1f2933">{tr.event}</text>
                </g>
              );
            }),
          )}
          {def.states.map((s) => {
            const p = pos.get(s.id);
            if (!p) return null;
            const active = s.id === current;
            return (
              <g key={s.id} data-state={s.id}>
                <rect x={p.x} y={p.y} width={BOX_W} height={BOX_H} rx={s.final ? 20 : 6} fill={active ? '#0b5394' : s.initial ? '#e3f0fb' : '#ffffff'} stroke="#1f2933" strokeWidth={s.final ? 3 : 1.5} strokeDasharray={s.customerVisible ? undefined : '4 3'} />
                <text x={p.x + BOX_W / 2} y={p.y + 18} fontSize="12" textAnchor="middle" fill={active ? '#ffffff' : '#1f2933'}>{localize(s.label, lang).slice(0, 22)}</text>
                <text x={p.x + BOX_W / 2} y={p.y + 34} fontSize="9" textAnchor="middle" fill={active ? '#ffffff' : '#3d4852'}>{s.id}</text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
