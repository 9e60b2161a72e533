/**
 * The pack's project data (hanketiedot) open for editing: its name and description, and its
 * fields in the form designer itself as a one-page form whose palette offers only what project
 * data may hold. Every change goes out as a function of the pack's content; the page that owns the
 * pack keeps the undo stack and saves.
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { FormPackContent } from '../../form-library/format/types';
import { PROJECT_DATA_KINDS, projectDataForm } from '../../form-library/projects/project-fields';
import { inEveryLang } from '../../i18n/translate';
import { projectDataTexts } from '../../i18n/catalogs/builder';
import { useTexts } from '../../ui/i18n/texts';
import { FormDesigner } from '../designer/FormDesigner';
import { ModelingError, type FormOp } from '../designer/modeling/operations';
import { LocalizedTextEntry, withText } from '../designer/properties-panel/entries/LocalizedTextEntry';
import { applyProjectDataOp, newProjectData, withProjectData } from './modeling/project-data-content';

interface Props {
  content: FormPackContent;
  onChange(next: (content: FormPackContent) => FormPackContent, coalesceKey?: string): void;
  toolbar: ReactNode;
  /** A field to select and bring into view (the problem list's "Show"). */
  reveal?: { id: string };
}

export function ProjectDataDesigner({ content, onChange, toolbar, reveal }: Props) {
  const t = useTexts(projectDataTexts);
  const data = content.projectData;
  const form = useMemo(() => (data ? projectDataForm(data) : null), [data]);
  // Once project data is added, naming it is the next thing to do: its Finnish name takes the focus.
  const justAdded = useRef(false);
  useEffect(() => {
    if (!data || !justAdded.current) return;
    justAdded.current = false;
    const input = document.getElementById('pd-name-fi');
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  }, [data]);

  const dispatch = useCallback((op: FormOp, coalesceKey?: string) => {
    onChange((c) => {
      if (!c.projectData) return c;
      try {
        return withProjectData(c, applyProjectDataOp(c.projectData, op));
      } catch (err) {
        // What project data cannot hold (a second page, a group) changes nothing.
        if (err instanceof ModelingError) return c;
        throw err;
      }
    }, coalesceKey);
  }, [onChange]);

  if (!data || !form) {
    return (
      <section className="pd-designer" aria-labelledby="pd-heading">
        {toolbar}
        <h2 id="pd-heading">{t('nav')}</h2>
        <p>{t('lead')}</p>
        <p className="pd-none">{t('none')}</p>
        <button
          type="button"
          className="bl-primary"
          onClick={() => {
            justAdded.current = true;
            onChange((c) => (c.projectData ? c : withProjectData(c, newProjectData(inEveryLang(projectDataTexts, 'newName'), inEveryLang(projectDataTexts, 'newDescription')))));
          }}
        >
          {t('add')}
        </button>
      </section>
    );
  }

  return (
    <section className="pd-designer" aria-labelledby="pd-heading">
      <h2 id="pd-heading">{t('nav')}</h2>
      <p>{t('lead')}</p>
      <div className="sd-details">
        <LocalizedTextEntry
          id="pd-name"
          legend={t('name')}
          value={data.name}
          onChange={(l, v) => onChange((c) => (c.projectData ? withProjectData(c, { ...c.projectData, name: withText(c.projectData.name, l, v) }) : c), `projectData:name.${l}`)}
        />
        <LocalizedTextEntry
          id="pd-desc"
          legend={t('description')}
          multiline
          value={data.description}
          onChange={(l, v) => onChange((c) => (c.projectData ? withProjectData(c, { ...c.projectData, description: withText(c.projectData.description, l, v) }) : c), `projectData:desc.${l}`)}
        />
      </div>
      <p className="pd-kinds">{t('allowedKinds')}</p>
      <FormDesigner form={form} dispatch={dispatch} toolbar={toolbar} kinds={PROJECT_DATA_KINDS} singlePage reveal={reveal} />
    </section>
  );
}
