/**
 * The routing rule of DESIGN.md: the offering of a municipality is every service some authority
 * has deployed for an area containing it; for one service and one municipality there is at most
 * one responsible authority (enforced by the unique index on active deployment_municipalities,
 * and refused up front by `findOverlaps` with a clear error).
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { localize } from '../../form-library/format/localize';
import type { OfferedService, Offering } from '../../api-contract';
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import type { Statement } from 'better-sqlite3';
import { authorities, deploymentMunicipalities, deployments, municipalities } from '../db/schema';
import { namesOf, type NameColumns } from '../reference/names';
import { serviceOfVersion } from './pack-content';
import { municipalityWeb } from '../reference/municipality-web';

export function authorityName(row: NameColumns, lang: Lang): string {
  return namesOf(row)[lang];
}

interface OfferingRow {
  deploymentId: number;
  packId: number;
  packVersion: number;
  serviceId: string;
  packSlug: string;
  authorityId: string;
  authorityKind: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

// The offering is the hottest public query: plain prepared statements, cached per connection.
const statements = new WeakMap<AppContext['sqlite'], { place: Statement; offering: Statement }>();

function offeringStatements(ctx: AppContext) {
  let s = statements.get(ctx.sqlite);
  if (!s) {
    s = {
      place: ctx.sqlite.prepare('SELECT code, name_fi AS fi, name_sv AS sv FROM municipalities WHERE code = ?'),
      offering: ctx.sqlite.prepare(
        `SELECT d.id AS deploymentId, d.pack_id AS packId, d.pack_version AS packVersion, d.service_id AS serviceId,
                p.slug AS packSlug, a.id AS authorityId, a.kind AS authorityKind, a.name_fi AS nameFi, a.name_sv AS nameSv, a.name_en AS nameEn
           FROM deployment_municipalities dm
           JOIN deployments d ON d.id = dm.deployment_id
           JOIN authorities a ON a.id = d.authority_id
           JOIN packs p ON p.id = d.pack_id
          WHERE dm.municipality_code = ? AND dm.active = 1 AND d.active = 1`,
      ),
    };
    statements.set(ctx.sqlite, s);
  }
  return s;
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang);
    collators.set(lang, c);
  }
  return c;
}

/** What a customer sees for `municipality`; null when the code is not a municipality. */
export function offering(ctx: AppContext, municipality: string, opts: { topic?: string; lang: Lang }): Offering | null {
  const st = offeringStatements(ctx);
  const place = st.place.get(municipality) as { code: string; fi: string; sv: string } | undefined;
  if (!place) return null;
  const rows = st.offering.all(municipality) as OfferingRow[];
  const services: OfferedService[] = [];
  for (const row of rows) {
    const service = serviceOfVersion(ctx, row.packId, row.packVersion, row.serviceId);
    if (!service) continue;
    if (opts.topic && !service.topics.includes(opts.topic)) continue;
    services.push({
      deploymentId: row.deploymentId,
      serviceId: service.id,
      packSlug: row.packSlug,
      packVersion: row.packVersion,
      kind: service.kind,
      name: localize(service.name, opts.lang),
      description: localize(service.description, opts.lang),
      topics: service.topics,
      authority: { id: row.authorityId, name: authorityName(row, opts.lang), kind: row.authorityKind },
    });
  }
  const order = collator(opts.lang);
  services.sort((a, b) => order.compare(a.name, b.name) || a.deploymentId - b.deploymentId);
  return { municipality: { code: place.code, fi: place.fi, sv: place.sv, web: municipalityWeb(place.code) }, services };
}

export type DeploymentRow = typeof deployments.$inferSelect;

/**
 * `column = 1` written as a literal, never as a bound parameter: SQLite re-prepares a statement on
 * every new binding of a parameter that could change its plan, and `active` has a partial index
 * (WHERE active = 1), so a bound `true` cost a full re-prepare (~50 µs) on every send.
 */
const activeRow = (column: SQLiteColumn) => sql`${column} = 1`;

function prepareResponsible(db: AppContext['db']) {
  return {
    byService: db
      .select({ deployment: deployments })
      .from(deploymentMunicipalities)
      .innerJoin(deployments, eq(deployments.id, deploymentMunicipalities.deploymentId))
      .where(
        and(
          eq(deploymentMunicipalities.packId, sql.placeholder('packId')),
          eq(deploymentMunicipalities.serviceId, sql.placeholder('serviceId')),
          eq(deploymentMunicipalities.municipalityCode, sql.placeholder('municipality')),
          activeRow(deploymentMunicipalities.active),
        ),
      )
      .prepare(),
  };
}
/** What a send needs of the deployment it goes to. */
export interface ResponsibleDeployment {
  id: number;
  authorityId: string;
  packId: number;
  packVersion: number;
  serviceId: string;
  respondWithinDays: number | null;
}

// Every send asks this: a plain prepared statement with positional parameters, not drizzle's
// (which builds a named-parameter object and maps every column of the row on each call).
const byDeploymentStatements = new WeakMap<AppContext['sqlite'], Statement<[number, string], ResponsibleDeployment>>();
function byDeploymentStatement(ctx: AppContext) {
  let st = byDeploymentStatements.get(ctx.sqlite);
  if (!st) {
    // `active = 1` as literals, for the reason given at activeRow.
    st = ctx.sqlite.prepare<[number, string], ResponsibleDeployment>(
      `SELECT d.id, d.authority_id AS authorityId, d.pack_id AS packId, d.pack_version AS packVersion, d.service_id AS serviceId,
              d.respond_within_days AS respondWithinDays
         FROM deployment_municipalities dm
         JOIN deployments d ON d.id = dm.deployment_id
        WHERE dm.deployment_id = ? AND dm.municipality_code = ? AND dm.active = 1 AND d.active = 1`,
    );
    byDeploymentStatements.set(ctx.sqlite, st);
  }
  return st;
}

const responsibleQueries = new WeakMap<AppContext['db'], ReturnType<typeof prepareResponsible>>();
function responsibleQuery(ctx: AppContext) {
  let q = responsibleQueries.get(ctx.db);
  if (!q) {
    q = prepareResponsible(ctx.db);
    responsibleQueries.set(ctx.db, q);
  }
  return q;
}

/**
 * The deployment a submission for `municipality` may go to: the given one if it is active and
 * covers that municipality, else null (the customer picked a place the service is not offered in).
 */
export function responsibleDeployment(ctx: AppContext, deploymentId: number, municipality: string): ResponsibleDeployment | null {
  return byDeploymentStatement(ctx).get(deploymentId, municipality) ?? null;
}

/** The active deployment responsible for a service in a municipality, whoever deployed it. */
export function responsibleForService(ctx: AppContext, packId: number, serviceId: string, municipality: string): DeploymentRow | null {
  return responsibleQuery(ctx).byService.get({ packId, serviceId, municipality })?.deployment ?? null;
}

export interface Overlap {
  deploymentId: number;
  authority: { id: string; name: { fi: string; sv: string; en: string } };
  municipalities: string[];
}

/** Active deployments of the same service that already cover some of `municipalityCodes`. */
export function findOverlaps(
  ctx: AppContext,
  query: { packId: number; serviceId: string; municipalities: string[]; excludeDeploymentId?: number },
): Overlap[] {
  if (query.municipalities.length === 0) return [];
  const conditions = [
    eq(deploymentMunicipalities.packId, query.packId),
    eq(deploymentMunicipalities.serviceId, query.serviceId),
    activeRow(deploymentMunicipalities.active),
    inArray(deploymentMunicipalities.municipalityCode, query.municipalities),
  ];
  if (query.excludeDeploymentId !== undefined) conditions.push(ne(deploymentMunicipalities.deploymentId, query.excludeDeploymentId));
  const rows = ctx.db
    .select({
      deploymentId: deploymentMunicipalities.deploymentId,
      code: deploymentMunicipalities.municipalityCode,
      authorityId: authorities.id,
      nameFi: authorities.nameFi,
      nameSv: authorities.nameSv,
      nameEn: authorities.nameEn,
    })
    .from(deploymentMunicipalities)
    .innerJoin(deployments, eq(deployments.id, deploymentMunicipalities.deploymentId))
    .innerJoin(authorities, eq(authorities.id, deployments.authorityId))
    .where(and(...conditions))
    .all();
  const byDeployment = new Map<number, Overlap>();
  for (const r of rows) {
    let o = byDeployment.get(r.deploymentId);
    if (!o) {
      o = { deploymentId: r.deploymentId, authority: { id: r.authorityId, name: namesOf(r) }, municipalities: [] };
      byDeployment.set(r.deploymentId, o);
    }
    o.municipalities.push(r.code);
  }
  return [...byDeployment.values()].map((o) => ({ ...o, municipalities: o.municipalities.sort() }));
}

/** The municipalities in an authority's area; national authorities (no rows) serve all. */
export function authorityArea(ctx: AppContext, authorityId: string, kind: string): string[] {
  if (kind === 'national') return ctx.db.select({ code: municipalities.code }).from(municipalities).all().map((r) => r.code);
  return ctx.sqlite
    .prepare('SELECT municipality_code AS code FROM authority_municipalities WHERE authority_id = ? ORDER BY municipality_code')
    .all(authorityId)
    .map((r) => (r as { code: string }).code);
}
