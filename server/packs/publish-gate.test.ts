import { describe, expect, it } from 'vitest';
import { readyCatalog, readyPacks } from '../../form-library/library/index';
import { TOPICS } from '../seed/reference';
import { terracePack } from '../../test/server/terrace-pack';
import { publishProblems } from './publish-gate';

const catalog = () => readyCatalog(TOPICS.map((t) => t.id));

describe('the publishing gate', () => {
  it('lets every ready library pack and the terrace pack through', async () => {
    for (const pack of [...readyPacks, terracePack]) expect(await publishProblems(pack, catalog), pack.slug).toEqual([]);
  });

  it('stops a pack whose Swedish texts are missing, naming each text', async () => {
    const pack = structuredClone(terracePack);
    pack.services[0].name = { fi: 'Terassilupa', en: 'Terrace permit' };
    pack.services[0].form.pages[0].elements[0].label = { fi: 'Ravintolan nimi' };
    const paths = (await publishProblems(pack, catalog)).map((p) => p.path);
    expect(paths).toContain('services.0.name.sv');
    expect(paths).toContain('services.0.form.pages.0.elements.0.label.sv');
    expect(paths.some((p) => p.endsWith('.en'))).toBe(false); // English is welcome but not required
  });

  it('stops a broken workflow and a duplicate field key', async () => {
    const pack = structuredClone(terracePack);
    pack.services[0].workflow.transitions[0].to = 'APPROVED_BY_MAYOR';
    pack.services[0].form.pages[1].elements[0].key = 'businessName';
    const problems = await publishProblems(pack, catalog);
    expect(problems.some((p) => p.source === 'workflow' && p.path.startsWith('services.0.workflow'))).toBe(true);
    expect(problems.some((p) => p.code === 'duplicateKey')).toBe(true);
  });

  it('words every problem in the requested language, English by default for API clients', async () => {
    const pack = structuredClone(terracePack);
    pack.services[0].workflow.transitions[0].to = 'APPROVED_BY_MAYOR';
    pack.services.push(structuredClone(pack.services[0]));
    const fi = (await publishProblems(pack, catalog, 'fi')).map((p) => p.message);
    expect(fi).toContainEqual(expect.stringMatching(/vie tilaan APPROVED_BY_MAYOR, jota ei ole olemassa\./));
    expect(fi).toContain(`Asioinnin tunnus "${pack.services[0].id}" on jo toisen asioinnin käytössä.`);
    expect((await publishProblems(pack, catalog)).map((p) => p.message)).toContain(`Duplicate service id "${pack.services[0].id}"`);
    expect((await publishProblems({ slug: 'x' }, catalog, 'sv'))[0].message).toBe('är obligatorisk');
  });

  it('reports format errors before anything else', async () => {
    expect((await publishProblems({ slug: 'x' }, catalog))[0]).toMatchObject({ source: 'format' });
  });
});
