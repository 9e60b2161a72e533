/**
 * The coordinator's review before publishing, as plain data: validator problems and the fi/sv
 * language gate block publishing, missing English only warns, and a changelog entry is required.
 * The server checks the same gate again on publish.
 */
import { describeFormProblem, formProblems, missingTranslations } from '../../../form-library/problems';
import { localize } from '../../../form-library/format/localize';
import type { FormPackContent, Lang } from '../../../form-library/format/types';
import { describeWorkflowProblem, validateWorkflow } from '../../../workflows';
import { reviewTexts } from '../../../i18n/catalogs/builder';
import { translator } from '../../../i18n/translate';

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

function serviceIndex(path: string): number | null {
  const m = /^services\.(\d+)\./.exec(path);
  return m ? Number(m[1]) : null;
}

export function reviewChecklist(content: FormPackContent, changelog: string, lang: Lang): ReviewChecklist {
  const problems: ReviewItem[] = [];
  for (const service of content.services) {
    const where = localize(service.name, lang) || service.id;
    for (const p of formProblems(service.form)) {
      // Missing texts are the language checks' business below, not a validator problem.
      if (p.code === 'missingTranslation') continue;
      problems.push({ where, text: describeFormProblem(p, lang) });
    }
    for (const p of validateWorkflow(service.workflow)) {
      if (p.severity === 'error') problems.push({ where, text: describeWorkflowProblem(p, lang) });
    }
  }
  if (content.services.length === 0) problems.push({ where: null, text: translator(reviewTexts, lang)('noServices') });

  const describeMissing = (langs: Lang[]): ReviewItem[] =>
    missingTranslations(content, langs).map((p) => {
      const i = serviceIndex(p.path);
      const service = i === null ? undefined : content.services[i];
      return { where: service ? localize(service.name, lang) || service.id : null, text: describeFormProblem(p, lang) };
    });
  const missingFiSv = describeMissing(['fi', 'sv']);
  const missingEn = describeMissing(['en']);
  const changelogWritten = changelog.trim().length > 0;
  return { problems, missingFiSv, missingEn, changelogWritten, canPublish: problems.length === 0 && missingFiSv.length === 0 && changelogWritten };
}
