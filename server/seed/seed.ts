/**
 * Seeds the database: 'reference' = places, authorities, topics; 'demo' adds staff and the ready
 * library (publishing, on every start, what the library has newer than the database);
 * 'demo-with-submissions' (`npm start`) also fills the demo inbox with example cases, only when
 * the demo data was just written into an empty database, and the demo customer's project. Tests use 'demo', whose inboxes are empty.
 */
import { readyLibrary } from '../../form-library/library/index';
import type { LibraryPack } from '../../form-library/library/read-library';
import type { AppContext } from '../context';
import { seedDemo } from './demo';
import { seedDemoProject } from './demo-project';
import { seedDemoStaffSso } from './demo-staff-sso';
import { seedDemoSubmissions } from './demo-submissions';
import { seedReference } from './reference';

export type SeedKind = 'demo' | 'demo-with-submissions' | 'reference';

export async function seedDatabase(ctx: AppContext, kind: SeedKind, library: LibraryPack[] = readyLibrary): Promise<void> {
  // Instances starting at once on one database seed it one after the other.
  await ctx.repos.seed.exclusively(() => seedAll(ctx, kind, library));
}

async function seedAll(ctx: AppContext, kind: SeedKind, library: LibraryPack[]): Promise<void> {
  await seedReference(ctx);
  if (kind === 'reference') return;
  const fresh = await seedDemo(ctx, undefined, library);
  if (fresh) await seedDemoStaffSso(ctx);
  if (fresh && kind === 'demo-with-submissions') {
    await seedDemoSubmissions(ctx);
    await seedDemoProject(ctx, (m) => console.warn(m));
  }
}
