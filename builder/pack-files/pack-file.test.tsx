import { describe, expect, it } from 'vitest';
import { newPackContent } from '../drafts/pack-content';
import { packFileText, readPackFile } from '../../form-library/format/pack-file';

describe('pack files', () => {
  it('an exported pack reads back unchanged', () => {
    const content = newPackContent({ fi: 'Yleisötilaisuuden ilmoitus', sv: 'Anmälan om allmän sammankomst' });
    const read = readPackFile(packFileText(content), 'fi');
    expect(read).toEqual({ ok: true, file: { format: 'kevyt-form-pack', formatVersion: 1, pack: content } });
    expect(content.slug).toBe('yleisotilaisuuden-ilmoitus');
  });

  it('names the place of an error in an imported file', () => {
    const content = newPackContent({ fi: 'Maa-ainesten otto' });
    const file = JSON.parse(packFileText(content));
    file.pack.services[0].form.pages[0].elements.push({ id: 'x', kind: 'slider', key: 'arvo', label: { fi: 'Arvo' } });
    const read = readPackFile(JSON.stringify(file), 'fi');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => e.path).join(' ')).toContain('pack.services.0.form.pages.0.elements.0');
  });

  it('says in the builder’s language what is wrong, and so when the file is not JSON at all', () => {
    const content = newPackContent({ fi: 'Maa-ainesten otto' });
    const file = JSON.parse(packFileText(content));
    delete file.pack.services[0].form.pages[0].title;
    expect(readPackFile(JSON.stringify(file), 'sv')).toEqual({ ok: false, errors: [{ path: 'pack.services.0.form.pages.0.title', message: 'är obligatorisk' }] });
    expect(readPackFile('{ "format": ', 'fi')).toEqual({ ok: false, errors: [{ path: '', message: 'Tiedosto ei ole JSON-muotoinen.' }] });
  });
});
