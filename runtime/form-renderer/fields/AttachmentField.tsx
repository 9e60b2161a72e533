/**
 * Attachments: pick a file, see it upload with a progress bar, remove or replace it. Type and
 * size are checked before upload (declared type) and after (the type the server sniffed); the
 * data holds only attachment ids, names live in the renderer's attachment registry.
 */
import { errorId, helpId, type FieldProps } from '@rjsf/utils';
import { useRef, useState } from 'react';
import { ApiError, uploadFile } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { rendererTexts } from '../../../i18n/catalogs/form';
import type { AttachmentInfo, RendererContext } from '../context';
import { RequiredMark } from '../templates/RequiredMark';
import { elementOf } from '../templates/element-of';
import { formatFileSize } from '../../../i18n/intl-format';
import { fileProblem, maxSizeMb, typeNames, type AttachmentLimits, type FileProblem } from './attachment-rules';

interface Upload {
  name: string;
  progress: number;
}

export function AttachmentField(props: FieldProps<string[]>) {
  const { formData, onChange, fieldPathId, readonly, disabled, required, uiSchema, rawErrors, registry } = props;
  const t = useTexts(rendererTexts);
  const lang = useLang();
  const context = registry.formContext as RendererContext | undefined;
  const element = elementOf(uiSchema);
  const limits: AttachmentLimits = element?.kind === 'attachment' ? element : {};
  const label = (uiSchema?.['ui:title'] as string | undefined) ?? '';
  const ids: string[] = Array.isArray(formData) ? formData : [];
  const maxFiles = limits.maxFiles ?? 1;
  const inputRef = useRef<HTMLInputElement>(null);
  const replacing = useRef<string | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = fieldPathId.$id;

  const describe = (p: FileProblem, name: string) =>
    p.kind === 'tooBig' ? t('fileTooBig', { name, max: p.maxMb }) : t('fileWrongType', { name, types: typeNames(p.types) });

  async function pick(file: File) {
    setProblem(null);
    const replace = replacing.current;
    replacing.current = null;
    if (!replace && ids.length >= maxFiles) {
      setProblem(t('tooManyFiles', { max: maxFiles }));
      return;
    }
    const before = fileProblem(file, limits);
    if (before) {
      setProblem(describe(before, file.name));
      return;
    }
    setUpload({ name: file.name, progress: 0 });
    setStatus(t('uploading', { name: file.name }));
    try {
      const info = await uploadFile<AttachmentInfo>(context?.uploadPath ?? '/api/attachments', file, (progress) =>
        setUpload({ name: file.name, progress }),
      );
      const after = fileProblem(info, limits);
      if (after) {
        setProblem(describe(after, file.name));
        setStatus('');
        return;
      }
      context?.onAttachmentUploaded(info);
      const next = replace ? ids.map((x) => (x === replace ? info.id : x)) : [...ids, info.id];
      onChange(next, fieldPathId.path);
      setStatus(t('uploaded', { name: info.name }));
    } catch (err) {
      const reason = err instanceof ApiError ? err.message : String(err);
      setProblem(t('uploadFailed', { name: file.name, reason }));
      setStatus('');
    } finally {
      setUpload(null);
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  function remove(attachmentId: string) {
    const name = context?.attachments[attachmentId]?.name ?? attachmentId;
    const next = ids.filter((x) => x !== attachmentId);
    onChange(next.length ? next : undefined, fieldPathId.path);
    setStatus(t('removed', { name }));
  }

  const hint = t('fileLimits', { types: typeNames(limits.accept ?? ['application/pdf', 'image/jpeg', 'image/png']), max: maxSizeMb(limits) });
  const fieldErrors = [...(rawErrors ?? [])];
  const hasErrors = fieldErrors.length > 0 || problem !== null;
  const fileList = (
    <ul className="attachments__list">
      {ids.map((attachmentId) => {
        const info = context?.attachments[attachmentId];
        const name = info?.name ?? attachmentId;
        const href = context?.attachmentHref?.(attachmentId);
        return (
          <li key={attachmentId} className="attachments__item">
            {href ? <a href={href}>{name}</a> : <span>{name}</span>}
            {info && <span className="attachments__size"> ({formatFileSize(info.size, lang)})</span>}
            {!readonly && (
              <span className="attachments__actions">
                <button
                  type="button"
                  className="button button--link"
                  disabled={disabled || upload !== null}
                  onClick={() => {
                    replacing.current = attachmentId;
                    inputRef.current?.click();
                  }}
                  aria-label={`${t('replaceFile')}: ${name}`}
                >
                  {t('replaceFile')}
                </button>
                <button type="button" className="button button--link" disabled={disabled || upload !== null} onClick={() => remove(attachmentId)}>
                  {t('removeFile', { name })}
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );

  if (readonly || context?.mode === 'read') {
    return (
      <div className="attachments">
        <p className="field__label" id={`${id}__label`}>{label}</p>
        {ids.length === 0 ? <p>{t('noFiles')}</p> : fileList}
      </div>
    );
  }

  return (
    <div className={`attachments${hasErrors ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <RequiredMark />}
      </label>
      <p id={`${id}__limits`} className="field__help">{hint}</p>
      {hasErrors && (
        <div id={errorId(id)} className="field__error" role={problem ? 'alert' : undefined}>
          {problem && <p>{problem}</p>}
          {fieldErrors.map((e, i) => <p key={i}>{e}</p>)}
        </div>
      )}
      {ids.length > 0 && fileList}
      {upload && (
        <div className="attachments__progress">
          <label htmlFor={`${id}__progress`}>{t('uploading', { name: upload.name })}</label>
          <progress id={`${id}__progress`} max={1} value={upload.progress} />
        </div>
      )}
      <input
        ref={inputRef}
        id={id}
        type="file"
        className={ids.length >= maxFiles ? 'attachments__input attachments__input--full' : 'attachments__input'}
        accept={limits.accept?.join(',')}
        disabled={disabled || upload !== null}
        aria-describedby={[hasErrors ? errorId(id) : '', `${id}__limits`, uiSchema?.['ui:help'] ? helpId(id) : ''].filter(Boolean).join(' ')}
        aria-invalid={hasErrors || undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void pick(file);
        }}
      />
      <p className="visually-hidden" aria-live="polite">{status}</p>
    </div>
  );
}
