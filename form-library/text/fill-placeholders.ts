/**
 * Fills `{name}` placeholders of a message template; a value not given leaves the place empty.
 * One piece for every fi/sv/en message table outside the browser apps (ui/i18n keeps unknown
 * placeholders visible instead, so a missing value shows while developing a screen).
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
