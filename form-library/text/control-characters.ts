/**
 * Control characters in text that ends up in an e-mail header, a file name or a spreadsheet cell
 * (names, addresses, answers, upload names): a NUL byte or an escape there truncates, hides or
 * rewrites what a reader sees, so such text is refused (or, for file names, cleaned). Tab and the
 * line breaks are ordinary in multi-line text and allowed there.
 */

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Every C0 control, DEL and C1 control: nothing of them belongs on one line. */
const ON_ONE_LINE = /[\u0000-\u001F\u007F-\u009F]/;

export interface ControlCharacter {
  index: number;
  /** As people write it: 'U+0000'. */
  codePoint: string;
}

/** The first control character of `text` that it may not hold, or null. */
export function controlCharacterIn(text: string, opts: { singleLine: boolean }): ControlCharacter | null {
  const match = (opts.singleLine ? ON_ONE_LINE : IN_TEXT).exec(text);
  if (!match) return null;
  return { index: match.index, codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
