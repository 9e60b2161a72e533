/** Every repository interface answers Promises: PostgreSQL's implementations (typed Promised<X>) are X. */
import { describe, expectTypeOf, it } from 'vitest';
import type { EstimateRepository } from '../estimates/estimate-repository';
import type { Promised } from './promised';
import type { Repositories } from './repositories';

/** The areas whose repository is the interface itself (the estimates' store adds an in-memory `dropFigures`). */
type Plain = Omit<Repositories, 'estimates'>;

describe('Promised', () => {
  it('changes no repository interface', () => {
    expectTypeOf<{ [K in keyof Plain]: Promised<Plain[K]> }>().toEqualTypeOf<Plain>();
    expectTypeOf<Promised<EstimateRepository>>().toEqualTypeOf<EstimateRepository>();
    expectTypeOf<Promised<Omit<Repositories['estimates'], 'dropFigures'>>>().toEqualTypeOf<Omit<Repositories['estimates'], 'dropFigures'>>();
  });
});
