/**
 * Filling the ready packs' example answers in for a real send (the demo inbox, the packs' send
 * test): where the visible answers of a kind are, how to put a value there, and a small PDF that
 * passes the server's content sniffing as an upload.
 */
import type { FormData, ServiceDefinition } from '../format/types';
import { walkForm, type DataPath } from '../conditions/walk-form';

/**
 * The data paths of the visible answers of one element kind, in form order; with `only`, just
 * those whose current value it accepts.
 */
export function visibleAnswerPaths(
  service: ServiceDefinition,
  data: FormData,
  kind: 'municipality' | 'attachment',
  only: (value: unknown) => boolean = () => true,
): DataPath[] {
  const paths: DataPath[] = [];
  walkForm(service.form, data, ({ element, path, value, visible }) => {
    if (visible && element.kind === kind && only(value)) paths.push(path);
  });
  return paths;
}

/** Puts `value` at `path` (whose containers exist: it comes from walking the same data). */
export function setAnswerAt(data: FormData, path: DataPath, value: unknown): void {
  let container = data as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) container = container[step] as Record<string | number, unknown>;
  container[path[path.length - 1]] = value;
}

/** A small but real PDF, so content sniffing accepts it like an upload. */
export function examplePdf(title: string): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}
