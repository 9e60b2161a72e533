/** Seeds the database: 'reference' = places, authorities, topics; 'demo' adds staff and packs. */
import type { AppContext } from '../context';
import { seedDemo } from './demo';
import { seedReference } from './reference';

export type SeedKind = 'demo' | 'reference';

export async function seedDatabase(ctx: AppContext, kind: SeedKind): Promise<void> {
  seedReference(ctx);
  if (kind === 'demo') await seedDemo(ctx);
}
