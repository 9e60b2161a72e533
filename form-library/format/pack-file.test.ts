import { describe, expect, it } from 'vitest';
import { packFileText, readPackFile } from './pack-file';
import { eventPack } from '../test-fixtures/public-event-notification';

const changelog = [
  { version: 2, changes: { fi: 'Järjestyksenvalvojien kortin numero on pakollinen.', sv: 'Ordningsvakternas kortnummer är obligatoriskt.', en: 'The stewards’ card number is required.' } },
  { version: 1, changes: { fi: 'Ensimmäinen julkaistu versio', sv: 'Första publicerade versionen', en: 'First published version' } },
];

describe('pack files', () => {
  it('read back what was written, with or without a changelog', () => {
    expect(readPackFile(packFileText(eventPack), 'fi')).toEqual({ ok: true, file: { format: 'kevyt-form-pack', formatVersion: 1, pack: eventPack } });
    expect(readPackFile(packFileText(eventPack, changelog), 'fi')).toEqual({ ok: true, file: { format: 'kevyt-form-pack', formatVersion: 1, changelog, pack: eventPack } });
  });

  it('refuse a changelog that does not run from the newest version down, each once, naming the entry', () => {
    const oldestFirst = packFileText(eventPack, [...changelog].reverse());
    expect(readPackFile(oldestFirst, 'en')).toEqual({ ok: false, errors: [{ path: 'changelog.1.version', message: 'versions must run from the newest down, each once' }] });
    const twice = packFileText(eventPack, [changelog[0], { ...changelog[1], version: 2 }]);
    expect(readPackFile(twice, 'sv')).toEqual({ ok: false, errors: [{ path: 'changelog.1.version', message: 'versionerna måste gå från den nyaste till den äldsta, var och en en gång' }] });
  });

  it('refuse a changelog entry without its version or with a version 0, and an empty changelog', () => {
    const file = JSON.parse(packFileText(eventPack, changelog));
    delete file.changelog[0].version;
    file.changelog[1].version = 0;
    expect(readPackFile(JSON.stringify(file), 'fi')).toEqual({
      ok: false,
      errors: [
        { path: 'changelog.0.version', message: 'on pakollinen' },
        { path: 'changelog.1.version', message: 'pitää olla vähintään 1' },
      ],
    });
    expect(readPackFile(packFileText(eventPack, []), 'en')).toEqual({ ok: false, errors: [{ path: 'changelog', message: 'must have at least 1 item' }] });
  });

  it('say in the reader’s language when the file is not JSON at all', () => {
    expect(readPackFile('{ "format": ', 'fi')).toEqual({ ok: false, errors: [{ path: '', message: 'Tiedosto ei ole JSON-muotoinen.' }] });
    expect(readPackFile('{ "format": ', 'sv')).toEqual({ ok: false, errors: [{ path: '', message: 'Filen är inte i JSON-format.' }] });
    expect(readPackFile('', 'en')).toEqual({ ok: false, errors: [{ path: '', message: 'The file is not JSON.' }] });
  });
});
