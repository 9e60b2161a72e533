/**
 * Permit-needs assessments for customers (see server/API.md "Assessments"): the published
 * assessments, one with its questions and their check, answering one for a municipality, and the
 * kept result by its link or under the signed-in customer's own results.
 */
import { Router, type Request } from 'express';
import { LANGS, type Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import { validateSubmission } from '../../form-library/validation/validate-submission';
import { customerOf, requireCustomer, requireStaff } from '../auth/guards';
import { requestLang } from '../cases/request-lang';
import type { AppContext } from '../context';
import { sendValidationModule } from '../forms/routes';
import { notFound, unprocessable } from '../http/errors';
import { appLimiter, clientAddress, limitRequests } from '../limits/rate-limit';
import { parseBody, parseQuery, v } from '../http/validate';
import { packVersionContent } from '../routing/pack-content';
import { buildAssessmentResult } from './assessment-result';
import { assessmentInVersion, currentAssessment, publishedAssessments, publishedContents, type PublishedAssessment } from './published-assessments';
import { isResultId, resultById, resultsOf, saveResult, type ResultRow } from './results-store';

const SLUG = v.string({ min: 1, max: 80, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, patternMessage: 'Must be a slug such as event-organising' });
const MUNICIPALITY = v.string({ min: 1, max: 3, pattern: /^\d{3}$/, patternMessage: 'Must be a 3-digit municipality code such as 091' });

const ListQuery = v.object({ topic: v.optional(v.string({ max: 50 })), lang: v.optional(v.oneOf(LANGS)) });
const VersionQuery = v.object({ version: v.intString({ min: 1 }) });
const AnswerBody = v.object({
  pack: SLUG,
  assessment: SLUG,
  version: v.integer({ min: 1 }),
  municipality: MUNICIPALITY,
  answers: v.record(),
  lang: v.optional(v.oneOf(LANGS)),
});

interface Place {
  code: string;
  fi: string;
  sv: string;
}

function municipalityOf(ctx: AppContext, code: string): Place | null {
  return (ctx.sqlite.prepare('SELECT code, name_fi AS fi, name_sv AS sv FROM municipalities WHERE code = ?').get(code) as Place | undefined) ?? null;
}

/** The result of a kept row, built anew in `lang`. */
function resultOf(ctx: AppContext, row: ResultRow, lang: Lang) {
  const content = packVersionContent(ctx, row.packId, row.packVersion);
  const assessment = content?.assessments?.find((a) => a.id === row.assessmentId);
  const municipality = municipalityOf(ctx, row.municipalityCode);
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

  router.get('/assessments', (req, res) => {
    const q = parseQuery(ListQuery, req.query);
    const lang = q.lang ?? 'fi';
    res.json(publishedAssessments(ctx, q.topic).map((published) => summaryOf(published, lang)));
  });

  router.get('/assessments/:pack/:id', (req, res) => {
    const lang = requestLang(req);
    const published = currentAssessment(ctx, String(req.params.pack), String(req.params.id));
    res.json({ ...summaryOf(published, lang), definition: published.assessment.form });
  });

  // The questions' check for the browser (server/forms/), by the version the page answers.
  router.get('/assessments/:pack/:id/validator.js', async (req, res) => {
    const { version } = parseQuery(VersionQuery, req.query);
    const { assessment } = assessmentInVersion(ctx, String(req.params.pack), String(req.params.id), version);
    await sendValidationModule(req, res, assessment.form, 'public');
  });

  router.post('/assessment-results', answerLimiter, (req, res) => {
    const body = parseBody(AnswerBody, req.body);
    const lang = body.lang ?? requestLang(req);
    const { packId, version, assessment } = assessmentInVersion(ctx, body.pack, body.assessment, body.version);
    if (!municipalityOf(ctx, body.municipality)) throw unprocessable('Unknown municipality', [{ path: 'municipality', message: `No municipality has the code ${body.municipality}` }]);
    const checked = validateSubmission(assessment.form, body.answers, lang);
    if (!checked.ok) throw unprocessable('Some answers are invalid', checked.errors.map((e) => ({ path: `answers.${e.path}`, message: e.message })));
    const row = saveResult(ctx, {
      packId,
      packVersion: version,
      assessmentId: assessment.id,
      municipalityCode: body.municipality,
      answers: checked.data,
      lang,
      customerEmail: req.customer?.email ?? null,
    });
    res.status(201).json(resultOf(ctx, row, lang));
  });

  router.get('/assessment-results/:id', (req, res) => {
    const id = req.params.id;
    const row = isResultId(id) ? resultById(ctx, id) : null;
    if (!row) throw notFound('No such result');
    res.json(resultOf(ctx, row, ownResultLang(req, row)));
  });

  // What an assessment's rules may name: every published service, for the designers' rules editor.
  router.get('/published-services', requireStaff('designer', 'coordinator'), (_req, res) => {
    res.json(publishedContents(ctx).flatMap(({ slug, content }) =>
      content.services.map((s) => ({ pack: slug, packName: content.name, service: s.id, name: s.name, authorityKind: s.authorityKind }))));
  });

  router.get('/my/assessment-results', requireCustomer(), (req, res) => {
    const lang = requestLang(req);
    res.json(resultsOf(ctx, customerOf(req).email).map((row) => {
      const result = resultOf(ctx, row, lang);
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
