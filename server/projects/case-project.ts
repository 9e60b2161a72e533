/**
 * What a handler sees of the project a case was sent from (CaseDetail.project): that it was sent
 * from one, its name, and the shared project data; with the owner's consent the project's data as
 * it is now and its other permits (service, authority, the status the customer sees, reference),
 * without it only the project data as sent in this case. Never another permit's answers,
 * attachments or notes (permissions.caseProjectScope decides).
 */
import type { CaseProject } from '../../api-contract';
import { answerRows } from '../../form-library/answers/answer-rows';
import { localize } from '../../form-library/format/localize';
import type { FormData, Lang } from '../../form-library/format/types';
import { caseProjectScope, type StaffActor } from '../../permissions/permissions';
import type { SubmissionRow } from '../cases/submission-row';
import type { AppContext } from '../context';
import { myStatus } from '../customer/customer-view';
import { packVersionContent } from '../routing/pack-content';
import { municipalityNameLookup } from '../reference/municipality-names';
import { projectDataForm } from './project-data';
import { authorityLabel, permitStates } from './project-permits';
import type { ProjectRepository } from './project-repository';

export async function caseProject(ctx: AppContext, repo: ProjectRepository, staff: StaffActor, sub: SubmissionRow, lang: Lang): Promise<CaseProject | null> {
  const link = await repo.projectOfCase(sub.id);
  if (!link) return null;
  const { project } = link;
  const scope = caseProjectScope(staff, sub, project);
  if (scope === 'none') return null;
  const def = (await packVersionContent(ctx, project.packId, project.packVersion))?.projectData;
  const shown = scope === 'with_permits' ? project.dataJson : (link.sentDataJson ?? '{}');
  const municipalityName = await municipalityNameLookup(ctx);
  const data = def
    ? answerRows(projectDataForm(def), JSON.parse(shown) as FormData, lang, { municipalityName })
        .filter((r) => r.value !== '')
        .map((r) => ({ label: r.label, value: r.value }))
    : [];
  const permits =
    scope === 'with_permits'
      ? await Promise.all(
          (await permitStates(ctx, repo, project.id))
            .filter((s) => s.permit.id !== link.permitId)
            .map(async (s) => ({
              service: localize(s.service.name, lang),
              authority: await authorityLabel(repo, s.sub ? s.sub.authorityId : s.permit.authorityId, lang),
              status: s.sub ? await myStatus(ctx, s.sub, s.service, lang) : null,
              reference: s.sub ? s.sub.reference : null,
            })),
        )
      : null;
  return { name: project.name, consent: project.consent, data, permits };
}
