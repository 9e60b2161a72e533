/**
 * Permit-needs assessments for customers (see server/API.md "Assessments"): the published
 * assessments, one with its questions and their check, answering one for a municipality, and the
 * kept result by its link or under the signed-in customer's own results.
 */
import { Router, type Request } from 'express';
import { API } from '../../api-contract/routes';
import { LANGS, type Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import { validateSubmission } from '../../form-library/validation/validate-submission';
import { customerOf } from '../auth/guards';
import { requestLang } from '../cases/request-lang';
import type { AppContext } from '../context';
import { sendValidationModule } from '../forms/routes';
import { notFound, unprocessable } from '../http/errors';
import { appLimiter, clientAddress, limitRequests } from '../limits/rate-limit';
import { on } from '../http/contract-route';
import { packVersionContent } from '../routing/pack-content';
import { buildAssessmentResult } from './assessment-result';
import { assessmentInVersion, currentAssessment, publishedAssessments, publishedContents, type PublishedAssessment } from './published-assessments';
import { isResultId, resultById, resultsOf, saveResult, type ResultRow } from './results-store';

/** The result of a kept row, built anew in `lang`. */
async function resultOf(ctx: AppContext, row: ResultRow, lang: Lang) {
  const content = await packVersionContent(ctx, row.packId, row.packVersion);
  const assessment = content?.assessments?.find((a) => a.id === row.assessmentId);
  const municipality = await ctx.repos.reference.place(row.municipalityCode);
  if (!content || !assessment || !municipality) throw notFound('No such result');
  return buildAssessmentResult(ctx, {
    id: row.id,
    createdAt: row.createdAt,
    packSlug: content.slug,
    version: row.packVersion,
    assessment,
    municipality,
    answers: JSON.parse(row.answersJson) as Record<string, unknown>,
  }, lang);
}

/** What a customer is told of a published assessment before answering it. */
function summaryOf({ packSlug, version, assessment }: PublishedAssessment, lang: Lang) {
  return {
    pack: packSlug,
    id: assessment.id,
    version,
    topic: assessment.topic,
    name: localize(assessment.name, lang),
    description: localize(assessment.description, lang),
  };
}

function ownResultLang(req: Request, row: ResultRow): Lang {
  return requestLang(req, (LANGS as readonly string[]).includes(row.lang) ? (row.lang as Lang) : 'fi');
}

export function assessmentRoutes(ctx: AppContext): Router {
  const router = Router();
  // Answering needs no sign-in, so answers are rate limited per address like the sign-in codes.
  const answerLimiter = limitRequests(ctx, appLimiter(ctx, {
    name: 'assessment-answers',
    limit: 300,
    windowMs: 15 * 60_000,
    message: 'Too many assessments answered; wait a while and try again',
  }), { who: clientAddress });

  on(router, API.assessments.list, async (_req, res, { query }) => {
    const lang = query.lang ?? 'fi';
    res.json((await publishedAssessments(ctx, query.topic)).map((published) => summaryOf(published, lang)));
  });

  on(router, API.assessments.questions, async (req, res, { params }) => {
    const lang = requestLang(req);
    const published = await currentAssessment(ctx, params.pack, params.id);
    res.json({ ...summaryOf(published, lang), definition: published.assessment.form });
  });

  // The questions' check for the browser (server/forms/), by the version the page answers.
  on(router, API.assessments.validator, async (req, res, { params, query }) => {
    const { assessment } = await assessmentInVersion(ctx, params.pack, params.id, query.version);
    await sendValidationModule(req, res, assessment.form, 'public');
  });

  on(router, API.assessments.answer, { before: [answerLimiter] }, async (req, res, { body }) => {
    const lang = body.lang ?? requestLang(req);
    const { packId, version, assessment } = await assessmentInVersion(ctx, body.pack, body.assessment, body.version);
    if (!await ctx.repos.reference.place(body.municipality)) throw unprocessable('Unknown municipality', [{ path: 'municipality', message: `No municipality has the code ${body.municipality}` }]);
    const checked = validateSubmission(assessment.form, body.answers, lang);
    if (!checked.ok) throw unprocessable('Some answers are invalid', checked.errors.map((e) => ({ path: `answers.${e.path}`, message: e.message })));
    const row = await saveResult(ctx, {
      packId,
      packVersion: version,
      assessmentId: assessment.id,
      municipalityCode: body.municipality,
      answers: checked.data,
      lang,
      customerEmail: req.customer?.email ?? null,
    });
    res.status(201).json(await resultOf(ctx, row, lang));
  });

  on(router, API.assessments.result, async (req, res, { params: { id } }) => {
    const row = isResultId(id) ? await resultById(ctx, id) : null;
    if (!row) throw notFound('No such result');
    res.json(await resultOf(ctx, row, ownResultLang(req, row)));
  });

  // What an assessment's rules may name: every published service, for the designers' rules editor.
  on(router, API.assessments.publishedServices, async (_req, res) => {
    res.json((await publishedContents(ctx)).flatMap(({ slug, content }) =>
      content.services.map((s) => ({ pack: slug, packName: content.name, service: s.id, name: s.name, authorityKind: s.authorityKind }))));
  });

  on(router, API.assessments.mine, async (req, res) => {
    const lang = requestLang(req);
    const rows = await resultsOf(ctx, customerOf(req).email);
    const results = await Promise.all(rows.map((row) => resultOf(ctx, row, lang)));
    res.json(rows.map((row, i) => {
      const result = results[i];
      return {
        id: row.id,
        createdAt: row.createdAt,
        assessment: { name: result.assessment.name },
        municipality: result.municipality,
        needed: result.services.filter((s) => s.level === 'needed').length,
        maybe: result.services.filter((s) => s.level === 'maybe').length,
      };
    }));
  });

  return router;
}
