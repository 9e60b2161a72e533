/**
 * Who to contact about a service that is needed but not offered electronically in a municipality:
 * the authority of the service's kind whose area holds the municipality (the municipality itself,
 * its rescue or police department, its wellbeing services county), or for a national service the
 * national agency that deploys it elsewhere, or the only national agency there is. Null when the
 * reference data has none (Åland has no rescue department of the mainland's kind).
 */
import type { Statement } from 'better-sqlite3';
import type { AuthorityKind } from '../../form-library/format/types';
import type { AppContext } from '../context';
import type { NameColumns } from '../reference/names';

export type AuthorityRow = NameColumns & { id: string };

interface Statements {
  byId: Statement<[string], AuthorityRow>;
  ofArea: Statement<[string, string], AuthorityRow>;
  deploysService: Statement<[number, string], AuthorityRow>;
  national: Statement<[], AuthorityRow>;
}

const statements = new WeakMap<AppContext['sqlite'], Statements>();

function prepared(ctx: AppContext): Statements {
  let s = statements.get(ctx.sqlite);
  if (!s) {
    const columns = 'a.id, a.name_fi AS nameFi, a.name_sv AS nameSv, a.name_en AS nameEn';
    s = {
      byId: ctx.sqlite.prepare(`SELECT ${columns} FROM authorities a WHERE a.id = ?`),
      ofArea: ctx.sqlite.prepare(
        `SELECT ${columns} FROM authority_municipalities am JOIN authorities a ON a.id = am.authority_id
          WHERE am.municipality_code = ? AND a.kind = ? ORDER BY a.id LIMIT 1`,
      ),
      deploysService: ctx.sqlite.prepare(
        `SELECT ${columns} FROM deployments d JOIN authorities a ON a.id = d.authority_id
          WHERE d.pack_id = ? AND d.service_id = ? AND a.kind = 'national' ORDER BY d.active DESC, d.id DESC LIMIT 1`,
      ),
      national: ctx.sqlite.prepare(`SELECT ${columns} FROM authorities a WHERE a.kind = 'national' ORDER BY a.id LIMIT 2`),
    };
    statements.set(ctx.sqlite, s);
  }
  return s;
}

export function authorityById(ctx: AppContext, id: string): AuthorityRow | null {
  return prepared(ctx).byId.get(id) ?? null;
}

export function contactAuthority(
  ctx: AppContext,
  kind: AuthorityKind,
  municipality: string,
  service: { packId: number; serviceId: string } | null,
): AuthorityRow | null {
  const s = prepared(ctx);
  if (kind === 'municipality') return s.byId.get(`municipality-${municipality}`) ?? null;
  if (kind !== 'national') return s.ofArea.get(municipality, kind) ?? null;
  const deploying = service ? s.deploysService.get(service.packId, service.serviceId) : undefined;
  if (deploying) return deploying;
  const agencies = s.national.all();
  // With several national agencies and none deploying the service, naming one would be a guess.
  return agencies.length === 1 ? agencies[0] : null;
}
