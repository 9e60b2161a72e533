import { errorId, helpId } from '@rjsf/utils';

/**
 * aria-describedby naming only the parts that are really on the page (help, errors, live
 * feedback), so screen readers read the help and the error with the field and nothing dangles.
 */
export function describedBy(id: string, parts: { help?: unknown; errors?: unknown[]; extra?: string[] }): string | undefined {
  const ids: string[] = [];
  if (parts.errors && parts.errors.length > 0) ids.push(errorId(id));
  if (parts.help) ids.push(helpId(id));
  if (parts.extra) ids.push(...parts.extra);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
