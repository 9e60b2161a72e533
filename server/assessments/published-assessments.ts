/**
 * Assessments as customers reach them: in the newest published, not retired version of their
 * pack. A draft's assessment is nobody's until a coordinator publishes it; a retired version's is
 * answered no more (its answers are refused with 410, naming the version to answer instead).
 */
import type { AssessmentDefinition, FormPackContent } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { HttpError, notFound } from '../http/errors';
import { packVersionContent } from '../routing/pack-content';

export interface PublishedAssessment {
  packId: number;
  packSlug: string;
  version: number;
  assessment: AssessmentDefinition;
}

/** Every assessment customers can answer now, optionally of one topic, in pack order. */
export async function publishedAssessments(ctx: AppContext, topic?: string): Promise<PublishedAssessment[]> {
  const out: PublishedAssessment[] = [];
  for (const row of await ctx.repos.assessments.newestVersions()) {
    for (const assessment of (await packVersionContent(ctx, row.packId, row.version))?.assessments ?? []) {
      if (!topic || assessment.topic === topic) out.push({ packId: row.packId, packSlug: row.slug, version: row.version, assessment });
    }
  }
  return out;
}

/** The assessment `id` of pack `slug` as customers answer it now: 404 when no published, not retired version has it. */
export async function currentAssessment(ctx: AppContext, slug: string, id: string): Promise<PublishedAssessment> {
  for (const row of await ctx.repos.assessments.versionsOfSlug(slug)) {
    if (row.retired) continue;
    const assessment = (await packVersionContent(ctx, row.packId, row.version))?.assessments?.find((a) => a.id === id);
    if (assessment) return { packId: row.packId, packSlug: row.slug, version: row.version, assessment };
  }
  throw notFound('No such assessment: it is not published');
}

/**
 * The assessment in exactly `version`, for answers made with it: 404 when that version does not
 * exist or lacks the assessment, 410 when it is retired (with the version to answer now, if any).
 */
export async function assessmentInVersion(ctx: AppContext, slug: string, id: string, version: number): Promise<PublishedAssessment> {
  const rows = await ctx.repos.assessments.versionsOfSlug(slug);
  const row = rows.find((r) => r.version === version);
  const assessment = row ? (await packVersionContent(ctx, row.packId, row.version))?.assessments?.find((a) => a.id === id) : undefined;
  if (!row || !assessment) {
    throw new HttpError(404, 'not_found', 'No such assessment in that version', [{ path: 'version', message: `Version ${version} of ${slug} has no assessment "${id}"` }]);
  }
  if (row.retired) {
    let current: number | null = null;
    try {
      current = (await currentAssessment(ctx, slug, id)).version;
    } catch {
      current = null;
    }
    throw new HttpError(
      410,
      'retired',
      current === null ? 'The assessment is retired and no longer answered' : `Version ${version} of the assessment is retired; answer version ${current}`,
      [{ path: 'version', message: `Version ${version} is retired` }],
      { currentVersion: current },
    );
  }
  return { packId: row.packId, packSlug: row.slug, version, assessment };
}

/** The newest published, not retired version of every pack: what rules may name, as the gate sees it. */
export async function publishedContents(ctx: AppContext): Promise<Array<{ slug: string; content: FormPackContent }>> {
  const rows = await ctx.repos.assessments.newestVersions();
  const contents = await Promise.all(rows.map((row) => packVersionContent(ctx, row.packId, row.version)));
  return rows.flatMap((row, i) => {
    const content = contents[i];
    return content ? [{ slug: row.slug, content }] : [];
  });
}
