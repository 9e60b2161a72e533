/** The file types an attachment takes, how many files and how large each may be. */
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { CheckboxEntry, NumberEntry } from '../entries/SimpleEntries';
import type { GroupProps } from '../groups/types';

const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text'];
const FILE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'text/plain': 'TXT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
};

export function FileLimits({ element, patch }: GroupProps) {
  const t = useTexts(panelTexts);
  if (element.kind !== 'attachment') return null;
  const id = `pp-${element.id}`;
  const accept = element.accept ?? [];
  return (
    <>
      <fieldset className="pp-checks">
        <legend>{t('accept')}</legend>
        {FILE_TYPES.map((type, i) => (
          <CheckboxEntry
            key={type}
            id={`${id}-accept${i}`}
            label={FILE_NAMES[type]}
            checked={accept.includes(type)}
            onChange={(v) => {
              const next = v ? [...accept, type] : accept.filter((a) => a !== type);
              patch({ accept: next.length ? next : undefined });
            }}
          />
        ))}
      </fieldset>
      <NumberEntry id={`${id}-maxfiles`} label={t('maxFiles')} min={1} step={1} value={element.maxFiles} onChange={(v) => patch({ maxFiles: v }, `${element.id}:maxFiles`)} />
      <NumberEntry id={`${id}-maxsize`} label={t('maxSizeMb')} min={1} value={element.maxSizeMb} onChange={(v) => patch({ maxSizeMb: v }, `${element.id}:maxSizeMb`)} />
    </>
  );
}
