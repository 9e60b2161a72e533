/**
 * Municipality names for form answers: form-library's lookups ask synchronously, so the names are
 * read first, every municipality at once (a few hundred short rows).
 */
import { localize } from '../../form-library/format/localize';
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';

export type MunicipalityName = (code: string, lang: Lang) => string | undefined;

export async function municipalityNameLookup(ctx: AppContext): Promise<MunicipalityName> {
  const byCode = new Map((await ctx.repos.reference.municipalities()).map((m) => [m.code, m]));
  return (code, lang) => {
    const m = byCode.get(code);
    return m ? localize({ fi: m.nameFi, sv: m.nameSv }, lang) : undefined;
  };
}
