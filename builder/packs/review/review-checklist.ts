/**
 * The review before publishing, as plain data over form-library's `packProblems` (the list the
 * designer sees and the server's publishing gate refuses): the validators' errors and the fi/sv
 * texts block publishing, what concerns English only warns, and a changelog entry is required.
 */
import { packProblems, type PackProblem } from '../../../form-library/problems';
import { localize } from '../../../form-library/format/localize';
import type { FormPackContent, Lang } from '../../../form-library/format/types';

export interface ReviewItem {
  /** Which service it is in (its name in the reader's language), or null for the pack. */
  where: string | null;
  text: string;
}

export interface ReviewChecklist {
  problems: ReviewItem[];
  missingFiSv: ReviewItem[];
  missingEn: ReviewItem[];
  changelogWritten: boolean;
  canPublish: boolean;
}

/** The checks without the changelog: what a designer reads before sending the draft for review. */
export function contentChecks(content: FormPackContent, lang: Lang): Omit<ReviewChecklist, 'changelogWritten' | 'canPublish'> & { ready: boolean } {
  const item = (p: PackProblem): ReviewItem => {
    const service = p.serviceIndex === undefined ? undefined : content.services[p.serviceIndex];
    return { where: service ? localize(service.name, lang) || service.id : null, text: p.message };
  };
  const all = packProblems(content, lang);
  const isText = (p: PackProblem) => p.source === 'translation' || p.code === 'placeholderText';
  const problems = all.filter((p) => p.severity === 'error' && !isText(p)).map(item);
  const missingFiSv = all.filter((p) => p.severity === 'error' && isText(p)).map(item);
  const missingEn = all.filter((p) => p.severity === 'warning' && p.lang === 'en').map(item);
  return { problems, missingFiSv, missingEn, ready: problems.length === 0 && missingFiSv.length === 0 };
}

export function reviewChecklist(content: FormPackContent, changelog: string, lang: Lang): ReviewChecklist {
  const { problems, missingFiSv, missingEn, ready } = contentChecks(content, lang);
  const changelogWritten = changelog.trim().length > 0;
  return { problems, missingFiSv, missingEn, changelogWritten, canPublish: ready && changelogWritten };
}
