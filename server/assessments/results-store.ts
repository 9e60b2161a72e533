/**
 * Assessment results as kept: the answers, the version they were given to and the municipality,
 * under a random id that is also the link to the result. A signed-in customer's results carry
 * their email, so My submissions lists them.
 */
import { randomBytes } from 'node:crypto';
import type { FormData, Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import type { ResultRow } from './assessment-repository';

export type { ResultRow } from './assessment-repository';

/** 144 random bits, URL-safe: a link nobody guesses. */
const ID = /^[A-Za-z0-9_-]{24}$/;

export function isResultId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

export interface NewResult {
  packId: number;
  packVersion: number;
  assessmentId: string;
  municipalityCode: string;
  answers: FormData;
  lang: Lang;
  customerEmail: string | null;
}

export async function saveResult(ctx: AppContext, result: NewResult): Promise<ResultRow> {
  const { answers, ...rest } = result;
  return ctx.repos.assessments.saveResult({ ...rest, id: randomBytes(18).toString('base64url'), answersJson: JSON.stringify(answers), createdAt: ctx.now().toISOString() });
}

export async function resultById(ctx: AppContext, id: string): Promise<ResultRow | null> {
  return await ctx.repos.assessments.resultById(id) ?? null;
}

/** A customer's results, newest first. */
export async function resultsOf(ctx: AppContext, email: string, limit = 100): Promise<ResultRow[]> {
  return ctx.repos.assessments.resultsOf(email, limit);
}
