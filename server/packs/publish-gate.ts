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
import type { Lang } from '../../form-library/format/types';
import { blockingProblems, packProblems, type PackProblem } from '../../form-library/problems';

export type { PackProblem };

/**
 * Every problem of `content` (warnings too), or its format errors when it does not follow the
 * format. `catalog` answers what an assessment's rules may name outside the pack: published
 * services and the topics.
 */
export function contentProblems(content: unknown, catalog: AssessmentCatalog, lang: Lang = 'en'): PackProblem[] {
  const checked = validatePackContent(content, lang);
  if (!checked.ok) return checked.errors.map((e) => ({ ...e, code: 'format', source: 'format' as const, severity: 'error' as const }));
  return packProblems(checked.content, lang, catalog);
}

/** Messages in `lang`: the staff member's language, or English for API clients. */
export function publishProblems(content: unknown, catalog: AssessmentCatalog, lang: Lang = 'en'): PackProblem[] {
  return blockingProblems(contentProblems(content, catalog, lang));
}
