/**
 * A municipality's own web address, where a customer finds what is not offered as an e-service
 * here. Known for the municipalities listed in reference-data/municipality-web.json (see its
 * section in reference-data/SOURCES.md); null for the rest.
 */
import webAddresses from '../../reference-data/municipality-web.json';

const byCode: Record<string, string | undefined> = webAddresses;

export function municipalityWeb(code: string): string | null {
  return byCode[code] ?? null;
}
