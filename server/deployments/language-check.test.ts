/** The deployment language check: each covered municipality's official languages decide which texts must exist. */
import { describe, expect, it } from 'vitest';
import { readyPack } from '../../form-library/library/index';
import type { LocalizedText, ServiceDefinition } from '../../form-library/format/types';
import { deploymentLanguageGaps, describeLanguageGaps, missingServiceTexts, requiredLanguages, type CoveredMunicipality } from './language-check';

const helsinki: CoveredMunicipality = { code: '091', nameFi: 'Helsinki', nameSv: 'Helsingfors', languages: 'fi-sv' };
const askola: CoveredMunicipality = { code: '018', nameFi: 'Askola', nameSv: 'Askola', languages: 'fi' };
const pukkila: CoveredMunicipality = { code: '616', nameFi: 'Pukkila', nameSv: 'Pukkila', languages: 'fi' };
const korsnas: CoveredMunicipality = { code: '280', nameFi: 'Korsnäs', nameSv: 'Korsnäs', languages: 'sv' };
const porvoo: CoveredMunicipality = { code: '638', nameFi: 'Porvoo', nameSv: 'Borgå', languages: 'fi-sv' };

function foodSales(): ServiceDefinition {
  const service = readyPack('event-organising').services.find((s) => s.id === 'temporary-food-sales');
  if (!service) throw new Error('the event organising pack has no temporary food sales service');
  return structuredClone(service);
}

/** The service with every text in `lang` removed, as an old or imported version might be. */
function without(lang: 'fi' | 'sv', service: ServiceDefinition): ServiceDefinition {
  return JSON.parse(JSON.stringify(service), (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && ('fi' in value || 'sv' in value || 'en' in value)) {
      const text = { ...(value as LocalizedText) };
      delete text[lang];
      return text;
    }
    return value;
  }) as ServiceDefinition;
}

describe('official languages of a municipality', () => {
  it('asks Finnish of Finnish-speaking, Swedish of Swedish-speaking and both of bilingual municipalities', () => {
    expect(requiredLanguages('fi')).toEqual(['fi']);
    expect(requiredLanguages('sv')).toEqual(['sv']);
    expect(requiredLanguages('fi-sv')).toEqual(['fi', 'sv']);
    expect(requiredLanguages('sv-fi')).toEqual(['fi', 'sv']);
  });
});

describe('deployment language check', () => {
  it('lets a complete ready-made service be deployed anywhere', () => {
    expect(deploymentLanguageGaps(foodSales(), [helsinki, askola, korsnas, porvoo])).toEqual([]);
  });

  it('lets a service without Swedish texts be deployed in Finnish-speaking municipalities only', () => {
    expect(deploymentLanguageGaps(without('sv', foodSales()), [askola, pukkila])).toEqual([]);
  });

  it('refuses a bilingual municipality a service whose Swedish texts are missing, naming the municipality and the texts', () => {
    const gaps = deploymentLanguageGaps(without('sv', foodSales()), [askola, porvoo, helsinki]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].lang).toBe('sv');
    expect(gaps[0].municipalities.map((m) => m.code)).toEqual(['091', '638']);
    expect(gaps[0].missing).toContain('name');
    expect(gaps[0].missing).toContain('form.pages.0.title');
    expect(gaps[0].missing.some((p) => p.startsWith('workflow.states.'))).toBe(true);
    const message = describeLanguageGaps(gaps);
    expect(message).toContain('Helsinki (091)');
    expect(message).toContain('Porvoo (638)');
    expect(message).toContain('Swedish');
  });

  it('refuses a Swedish-speaking municipality nothing but Swedish, and asks Finnish of Finnish ones', () => {
    const noFinnish = without('fi', foodSales());
    expect(deploymentLanguageGaps(noFinnish, [korsnas])).toEqual([]);
    const gaps = deploymentLanguageGaps(noFinnish, [korsnas, askola]);
    expect(gaps.map((g) => [g.lang, g.municipalities.map((m) => m.code)])).toEqual([['fi', ['018']]]);
  });

  it('counts a blank text as missing and an unwritten optional customer alert as nothing', () => {
    const service = foodSales();
    service.name = { ...service.name, sv: '   ' };
    service.workflow.transitions.forEach((t) => delete t.customerAlert);
    expect(missingServiceTexts(service, 'sv')).toEqual(['name']);
    expect(missingServiceTexts(service, 'fi')).toEqual([]);
  });
});
