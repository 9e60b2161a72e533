/**
 * Demo data: staff accounts with one documented password (README "Demo accounts") and the ready
 * packs, published as version 1 and deployed the way authorities would: every rescue and police
 * department deploys its services for its whole area, several municipalities their own services.
 */
import { eq } from 'drizzle-orm';
import { readyPacks } from '../../form-library/library/index';
import type { AuthorityKind } from '../../form-library/format/types';
import type { AuditActor } from '../audit/log';
import { hashPassword } from '../auth/password';
import type { StaffRole } from '../auth/principals';
import type { AppContext } from '../context';
import { authorities, packs, users } from '../db/schema';
import { createDeployment } from '../deployments/deployments';
import { createPack, getPack, publishPack } from '../packs/packs';

export const DEMO_PASSWORD = 'kevyt-demo-2026';

export interface DemoStaff {
  email: string;
  name: string;
  role: StaffRole;
  authorityId: string | null;
}

export const DEMO_STAFF: DemoStaff[] = [
  { email: 'coordinator@kevyt.example', name: 'Kaisa Koordinaattori', role: 'coordinator', authorityId: null },
  { email: 'handler.helsinki@kevyt.example', name: 'Heikki Käsittelijä', role: 'handler', authorityId: 'municipality-091' },
  { email: 'admin.helsinki@kevyt.example', name: 'Anna Pääkäyttäjä', role: 'admin', authorityId: 'municipality-091' },
  { email: 'designer.helsinki@kevyt.example', name: 'Lotta Lomakesuunnittelija', role: 'designer', authorityId: 'municipality-091' },
  { email: 'handler.rescue-helsinki@kevyt.example', name: 'Pekka Palotarkastaja', role: 'handler', authorityId: 'rescue-helsinki' },
  { email: 'admin.rescue-helsinki@kevyt.example', name: 'Riitta Pelastus', role: 'admin', authorityId: 'rescue-helsinki' },
  { email: 'designer.rescue-helsinki@kevyt.example', name: 'Sami Suunnittelija', role: 'designer', authorityId: 'rescue-helsinki' },
  { email: 'handler.police-helsinki@kevyt.example', name: 'Paula Poliisi', role: 'handler', authorityId: 'police-helsinki' },
  { email: 'admin.police-helsinki@kevyt.example', name: 'Olli Komisario', role: 'admin', authorityId: 'police-helsinki' },
  { email: 'designer.police-helsinki@kevyt.example', name: 'Ville Lomake', role: 'designer', authorityId: 'police-helsinki' },
  { email: 'handler.espoo@kevyt.example', name: 'Eeva Esbo', role: 'handler', authorityId: 'municipality-049' },
  { email: 'admin.espoo@kevyt.example', name: 'Erik Espoolainen', role: 'admin', authorityId: 'municipality-049' },
];

/** Municipalities that deploy the municipal demo services: Helsinki, Espoo, Vantaa, Turku, Porvoo, Tampere, Oulu. */
export const DEMO_MUNICIPALITIES = ['091', '049', '092', '853', '638', '837', '564'];

// scrypt is deliberately slow; every demo account shares one password, so hash it once per process.
let demoHash: Promise<string> | null = null;

function deployersOf(ctx: AppContext, kind: AuthorityKind): string[] {
  if (kind === 'municipality') return DEMO_MUNICIPALITIES.map((code) => `municipality-${code}`);
  return ctx.db.select({ id: authorities.id }).from(authorities).where(eq(authorities.kind, kind)).all().map((a) => a.id);
}

/**
 * Adds demo staff and packs to a database that has neither (idempotent: a second run does nothing).
 * Returns whether the packs were seeded now, i.e. the database was empty.
 */
export async function seedDemo(ctx: AppContext, log: (message: string) => void = (m) => console.warn(m)): Promise<boolean> {
  const system: AuditActor = { kind: 'system' };
  if (!ctx.db.select({ id: users.id }).from(users).limit(1).get()) {
    demoHash ??= hashPassword(DEMO_PASSWORD);
    const passwordHash = await demoHash;
    ctx.db.insert(users).values(DEMO_STAFF.map((s) => ({ ...s, passwordHash }))).run();
  }
  if (ctx.db.select({ id: packs.id }).from(packs).limit(1).get()) return false;

  for (const content of readyPacks) {
    const packId = createPack(ctx, content, null, system);
    const pack = getPack(ctx, packId);
    if (!pack) continue;
    let version: number;
    try {
      version = publishPack(ctx, pack, 'Ensimmäinen julkaistu versio / Första publicerade versionen / First published version', system);
    } catch (err) {
      const detail = err instanceof Error && 'fields' in err ? JSON.stringify((err as { fields: unknown }).fields).slice(0, 500) : String(err);
      log(`Demo pack ${content.slug} was not published: ${detail}`);
      continue;
    }
    for (const service of content.services) {
      for (const authorityId of deployersOf(ctx, service.authorityKind)) {
        try {
          createDeployment(ctx, { authorityId, packId, version, serviceId: service.id, respondWithinDays: service.kind === 'application' ? 14 : null }, system);
        } catch (err) {
          // One refused deployment (e.g. a language gap) must not stop the server from starting.
          log(`Demo deployment of ${service.id} by ${authorityId} was refused: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
  }
  return true;
}
