/**
 * What stops a pack draft from being published: the format schema first, then every problem of
 * severity 'error' that form-library's `packProblems` finds (each service's form checks and
 * workflow validator, the pack's own rules, its assessments' rules, every customer-facing text in
 * Finnish and Swedish).
 * The designer's problem list and the coordinator's review show the same list, worded the same.
 * Messages are in the requested language, English for API clients.
 */
import type { AssessmentCatalog } from '../../form-library/assessment';
import { validatePackContent } from '../../form-library/format/pack-schema';
import type { FormPackContent, Lang } from '../../form-library/format/types';
import { blockingProblems, packProblems, type PackProblem } from '../../form-library/problems';

export type { PackProblem };

/** Reads what an assessment's rules in `content` may name outside the pack, before the check asks. */
export type ReadCatalog = (content: FormPackContent) => AssessmentCatalog | Promise<AssessmentCatalog>;

/**
 * Every problem of `content` (warnings too), or its format errors when it does not follow the
 * format. `readCatalog` gives what an assessment's rules may name outside the pack (published
 * services and the topics), read for the content that passed the format check.
 */
export async function contentProblems(content: unknown, readCatalog: ReadCatalog, lang: Lang = 'en'): Promise<PackProblem[]> {
  const checked = validatePackContent(content, lang);
  if (!checked.ok) return checked.errors.map((e) => ({ ...e, code: 'format', source: 'format' as const, severity: 'error' as const }));
  return packProblems(checked.content, lang, await readCatalog(checked.content));
}

/** Messages in `lang`: the staff member's language, or English for API clients. */
export async function publishProblems(content: unknown, readCatalog: ReadCatalog, lang: Lang = 'en'): Promise<PackProblem[]> {
  return blockingProblems(await contentProblems(content, readCatalog, lang));
}
