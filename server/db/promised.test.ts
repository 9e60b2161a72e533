/** Every repository interface answers Promises: PostgreSQL's implementations (typed Promised<X>) are X. */
import { describe, expectTypeOf, it } from 'vitest';
import type { EstimateRepository } from '../estimates/estimate-repository';
import type { SeedRepository } from '../seed/seed-repository';
import type { Promised } from './promised';
import type { Repositories } from './repositories';

/**
 * The areas whose repository is the interface itself (the estimates' store adds an in-memory
 * `dropFigures`; seeding's generic `exclusively` is beyond what a mapped type keeps).
 */
type Plain = Omit<Repositories, 'estimates' | 'seed'>;

describe('Promised', () => {
  it('changes no repository interface', () => {
    expectTypeOf<{ [K in keyof Plain]: Promised<Plain[K]> }>().toEqualTypeOf<Plain>();
    expectTypeOf<Promised<EstimateRepository>>().toEqualTypeOf<EstimateRepository>();
    expectTypeOf<Promised<Omit<SeedRepository, 'exclusively'>>>().toEqualTypeOf<Omit<SeedRepository, 'exclusively'>>();
    expectTypeOf<Promised<Omit<Repositories['estimates'], 'dropFigures'>>>().toEqualTypeOf<Omit<Repositories['estimates'], 'dropFigures'>>();
  });
});
