/**
 * A public notice page (the privacy notice, the accessibility statement) read from its catalog
 * (`i18n/catalogs/notices.ts`): the parts its keys name, in order, and paragraphs that may hold links
 * written `[text](https://…)`; only https, mailto and tel addresses are turned into links.
 */

/**
 * Who answers questions and feedback about this installation of Kevyt. The demo installation's
 * address; an authority or operator running its own installation writes its own here.
 */
export const SERVICE_CONTACT_EMAIL = 'tuki@kevyt.example';

/** The day these texts were written and checked (d.m.yyyy), shown on both pages. */
export const NOTICES_UPDATED = '7.12.2026';

/** The arguments every notice text may take. */
export const NOTICE_VALUES = { email: SERVICE_CONTACT_EMAIL, updated: NOTICES_UPDATED } as const;

/** One part of a notice: its heading's key and the keys of its paragraphs, list items and paragraphs after the list. */
export interface NoticePart<K extends string> {
  heading: K;
  paragraphs: K[];
  list: K[];
  after: K[];
}

const PART_KEY = /^s(\d+)(Heading|P|Item|After)\d*$/;

/** The parts a notice's keys name (`s3Heading`, `s3P1`, `s3Item2`, `s3After1`), in the catalog's order. */
export function noticeParts<K extends string>(keys: readonly K[]): NoticePart<K>[] {
  const parts = new Map<string, NoticePart<K>>();
  for (const key of keys) {
    const m = PART_KEY.exec(key);
    if (!m) continue;
    const [, n, kind] = m;
    if (kind === 'Heading') {
      parts.set(n, { heading: key, paragraphs: [], list: [], after: [] });
      continue;
    }
    const part = parts.get(n);
    if (!part) throw new Error(`Notice text ${key} comes before its heading s${n}Heading`);
    (kind === 'P' ? part.paragraphs : kind === 'Item' ? part.list : part.after).push(key);
  }
  return [...parts.values()];
}

export type TextPart = { text: string } | { text: string; href: string };

const LINK = /\[([^\]]+)\]\(((?:https:\/\/|mailto:|tel:)[^)\s]+)\)/g;

/** Splits a paragraph into plain text and links; anything that is not an allowed link stays text. */
export function textParts(paragraph: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of paragraph.matchAll(LINK)) {
    if (m.index > at) parts.push({ text: paragraph.slice(at, m.index) });
    parts.push({ text: m[1], href: m[2] });
    at = m.index + m[0].length;
  }
  if (at < paragraph.length) parts.push({ text: paragraph.slice(at) });
  return parts;
}
