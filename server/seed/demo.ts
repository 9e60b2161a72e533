/**
 * Demo data: staff accounts with one documented password (README "Demo accounts"), the admins and
 * the coordinator with one documented authenticator secret, and the ready
 * library (server/packs/library-publish.ts), published and, in an empty database, deployed the way
 * authorities would: every rescue and police department deploys its services for its whole area,
 * several municipalities their own services.
 */
import type { AuthorityKind } from '../../form-library/format/types';
import { readyLibrary } from '../../form-library/library/index';
import type { LibraryPack } from '../../form-library/library/read-library';
import type { AuditActor } from '../audit/log';
import { hashPassword } from '../auth/password';
import { secondFactorRequired, type StaffRole } from '../../permissions/permissions';
import { sealText } from '../crypto/sealed-text';
import type { AppContext } from '../context';
import { createDeployment } from '../deployments/deployments';
import { publishLibrary } from '../packs/library-publish';

export const DEMO_PASSWORD = 'kevyt-demo-2026';

/**
 * The authenticator secret of every demo account whose role requires two-step verification (the
 * admins and the coordinator), published in the README for testing only: add it to any TOTP app,
 * or print the current code with `npm run demo:code`. Never use it for a real account.
 */
export const DEMO_TOTP_SECRET = 'KEVYTDEMOTOTPSECRETFORDEMOSTAFFX';

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

async function deployersOf(ctx: AppContext, kind: AuthorityKind): Promise<string[]> {
  if (kind === 'municipality') return DEMO_MUNICIPALITIES.map((code) => `municipality-${code}`);
  return (await ctx.repos.reference.authorities()).filter((a) => a.kind === kind).map((a) => a.id);
}

/**
 * Adds the demo staff to a database without staff, and publishes what `library` has newer than
 * the database (every start). Only into a database that had no packs are the library's services
 * deployed; elsewhere deployments stay as their admins left them. Returns whether the database had no packs.
 */
export async function seedDemo(ctx: AppContext, log: (message: string) => void = (m) => console.warn(m), library: LibraryPack[] = readyLibrary): Promise<boolean> {
  const system: AuditActor = { kind: 'system' };
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const passwordHash = await demoHash;
  await ctx.repos.seed.addStaffToEmpty(
    DEMO_STAFF.map((s) => ({ ...s, passwordHash })),
    { enrolled: secondFactorRequired, secretSealed: sealText('staff totp secret', ctx.config.sessionSecret, DEMO_TOTP_SECRET), confirmedAt: ctx.now().toISOString() },
  );
  const fresh = !(await ctx.repos.seed.hasPacks());
  const published = await publishLibrary(ctx, library, log);
  if (!fresh) return false;

  for (const { packId, version, slug } of published) {
    const content = library.find((p) => p.content.slug === slug)?.content;
    for (const service of content?.services ?? []) {
      for (const authorityId of await deployersOf(ctx, service.authorityKind)) {
        try {
          await createDeployment(ctx, { authorityId, packId, version, serviceId: service.id, respondWithinDays: service.kind === 'application' ? 14 : null }, system);
        } catch (err) {
          // One refused deployment (e.g. a language gap) must not stop the server from starting.
          log(`Demo deployment of ${service.id} by ${authorityId} was refused: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
  }
  return true;
}
