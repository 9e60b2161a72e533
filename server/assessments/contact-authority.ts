/**
 * Who to contact about a service that is needed but not offered electronically in a municipality:
 * the authority of the service's kind whose area holds the municipality (the municipality itself,
 * its rescue or police department, its wellbeing services county), or for a national service the
 * national agency that deploys it elsewhere, or the only national agency there is. Null when the
 * reference data has none (Åland has no rescue department of the mainland's kind).
 */
import type { AuthorityKind } from '../../form-library/format/types';
import type { AppContext } from '../context';
import type { ContactAuthorityRow } from './assessment-repository';

export type AuthorityRow = ContactAuthorityRow;

export async function authorityById(ctx: AppContext, id: string): Promise<AuthorityRow | null> {
  return await ctx.repos.assessments.authorityById(id) ?? null;
}

export async function contactAuthority(
  ctx: AppContext,
  kind: AuthorityKind,
  municipality: string,
  service: { packId: number; serviceId: string } | null,
): Promise<AuthorityRow | null> {
  const repo = ctx.repos.assessments;
  if (kind === 'municipality') return await repo.authorityById(`municipality-${municipality}`) ?? null;
  if (kind !== 'national') return await repo.authorityOfArea(municipality, kind) ?? null;
  const deploying = service ? await repo.nationalDeploying(service.packId, service.serviceId) : undefined;
  if (deploying) return deploying;
  const agencies = await repo.nationalAuthorities();
  // With several national agencies and none deploying the service, naming one would be a guess.
  return agencies.length === 1 ? agencies[0] : null;
}
