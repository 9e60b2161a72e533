/**
 * One line per measured figure, with its goal and, where there is one, the baseline measured in
 * the same run and the ratio to it. Machines here are shared and noisy, so ratios, not absolutes,
 * are what compare across runs.
 */
export interface Figure {
  suite: string;
  name: string;
  value: number;
  unit: string;
  /** Goal, e.g. { op: '<=', value: 15 }. */
  goal?: { op: '<=' | '>='; value: number };
  baseline?: { name: string; value: number };
  /** Goal on value / baseline. */
  ratioGoal?: { op: '<=' | '>='; value: number };
  note?: string;
}

function meets(value: number, goal: { op: '<=' | '>='; value: number }): boolean {
  return goal.op === '<=' ? value <= goal.value : value >= goal.value;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

export function formatFigure(f: Figure): string {
  const parts = [`${f.suite} · ${f.name}: ${fmt(f.value)} ${f.unit}`];
  if (f.goal) parts.push(`goal ${f.goal.op} ${fmt(f.goal.value)} ${f.unit} ${meets(f.value, f.goal) ? 'MET' : 'MISSED'}`);
  if (f.baseline) {
    const ratio = f.value / f.baseline.value;
    let r = `baseline ${f.baseline.name}: ${fmt(f.baseline.value)} ${f.unit}, ratio ${ratio.toFixed(2)}`;
    if (f.ratioGoal) r += ` (goal ${f.ratioGoal.op} ${f.ratioGoal.value} ${meets(ratio, f.ratioGoal) ? 'MET' : 'MISSED'})`;
    parts.push(r);
  }
  if (f.note) parts.push(f.note);
  return parts.join(' | ');
}
