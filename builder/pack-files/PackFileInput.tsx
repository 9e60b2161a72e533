/** A labelled file input that reads a pack file and hands over its checked content or its errors. */
import { useState } from 'react';
import type { FieldError, FormPackContent } from '../../form-library/format/types';
import { useLang } from '../../ui/i18n/texts';
import { readPackFile } from '../../form-library/format/pack-file';
import { ImportErrors } from './ImportErrors';

export function PackFileInput({ id, label, onContent }: { id: string; label: string; onContent(content: FormPackContent): void }) {
  const lang = useLang();
  const [errors, setErrors] = useState<FieldError[]>([]);
  return (
    <div className="pf-import">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={async (e) => {
          const input = e.target;
          const file = input.files?.[0];
          if (!file) return;
          const result = readPackFile(await file.text(), lang);
          input.value = '';
          if (result.ok) {
            setErrors([]);
            onContent(result.file.pack);
          } else setErrors(result.errors);
        }}
      />
      {errors.length > 0 && <ImportErrors errors={errors} />}
    </div>
  );
}
