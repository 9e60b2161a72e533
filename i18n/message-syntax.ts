/** How catalog messages are read, shared by the translator and the build that precompiles them. */

/** `<` is plain text in our messages, not the start of a rich-text tag. */
export const PARSE_OPTIONS = { ignoreTag: true } as const;

/** A message without ICU syntax: it is its own text, and the build leaves it a string. */
export function isPlainText(message: string): boolean {
  return !/[{}'#]/.test(message);
}
