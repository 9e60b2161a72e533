/**
 * A deployment's form as the customer's service page needs it: the compiled form of the version it
 * pins, with the service, the responsible authority and the deployment's own settings. One builder
 * for both places that hand it out: `GET /api/deployments/:id/form` and the service page the server
 * renders ahead of its scripts (server/http/app-pages.ts), which must show exactly what the app
 * then hydrates with.
 */
import type { DeploymentForm } from '../../api-contract';
import type { Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import type { AppContext } from '../context';
import { estimateFor } from '../estimates/estimate-for';
import { compiledServiceForm, serviceOfVersion } from '../routing/pack-content';
import { authorityName } from '../routing/routing';
import { deploymentMunicipalityCodes, getDeployment } from './deployments';
import { privacyNoticeOf } from './privacy-notice';

/** The active deployment's form in `lang`, or null when there is no such active deployment. */
export async function deploymentForm(ctx: AppContext, deploymentId: number, lang: Lang): Promise<DeploymentForm | null> {
  const d = await getDeployment(ctx, deploymentId);
  if (!d || !d.active) return null;
  const service = await serviceOfVersion(ctx, d.packId, d.packVersion, d.serviceId);
  const authority = await ctx.repos.reference.authority(d.authorityId);
  if (!service || !authority) return null;
  return {
    deploymentId: d.id,
    service: {
      id: service.id, kind: service.kind, name: localize(service.name, lang), description: localize(service.description, lang),
      identification: service.identification ?? 'none',
    },
    authority: { id: authority.id, name: authorityName(authority, lang) },
    packVersion: d.packVersion,
    municipalities: await deploymentMunicipalityCodes(ctx, d.id),
    respondWithinDays: d.respondWithinDays,
    contactText: d.contactText,
    privacyNotice: privacyNoticeOf(d),
    estimate: await estimateFor(ctx, d.serviceId, d.authorityId, d),
    definition: service.form,
    compiled: compiledServiceForm(service, lang),
  };
}
