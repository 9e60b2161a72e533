/**
 * What a supplement changes (or changed): each answer before and after, each file added, removed or
 * replaced, as the server's answer-changes reports them. The customer reads it before sending and
 * the desk in the case's history; each passes its own texts (future or past tense).
 */
import type { SupplementChanges } from '../../api-contract';
import type { MessageValues } from '../../i18n/translate';

export type { SupplementChanges };

export type SupplementChangeKey = 'changesTitle' | 'answer' | 'before' | 'after' | 'noAnswer' | 'noChanges' | 'fileAdded' | 'fileRemoved' | 'fileReplaced';

/** A catalog section's translator that has these keys (`useTexts(...)`). */
export type SupplementChangeTexts = (key: SupplementChangeKey, values?: MessageValues) => string;

interface Props {
  changes: SupplementChanges;
  texts: SupplementChangeTexts;
  /** Class names of the wrapper, the table and the caption (a caption may be hidden where a heading names the list). */
  classes: { wrapper?: string; table: string; caption?: string; empty?: string };
}

export function SupplementChangeList({ changes, texts, classes }: Props) {
  if (changes.answers.length === 0 && changes.attachments.length === 0) return <p className={classes.empty}>{texts('noChanges')}</p>;
  const shown = (value: string) => (value === '' ? texts('noAnswer') : value);
  return (
    <div className={classes.wrapper}>
      {changes.answers.length > 0 && (
        <table className={classes.table}>
          <caption className={classes.caption}>{texts('changesTitle')}</caption>
          <thead>
            <tr><th scope="col">{texts('answer')}</th><th scope="col">{texts('before')}</th><th scope="col">{texts('after')}</th></tr>
          </thead>
          <tbody>
            {changes.answers.map((c) => (
              <tr key={c.path}><th scope="row">{c.label}</th><td><del>{shown(c.before)}</del></td><td><ins>{shown(c.after)}</ins></td></tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.attachments.length > 0 && (
        <ul>
          {changes.attachments.map((c) => (
            <li key={`${c.kind}-${c.id}`}>
              {c.kind === 'replaced'
                ? texts('fileReplaced', { field: c.field, name: c.name, newName: c.replacedBy?.name ?? '' })
                : texts(c.kind === 'added' ? 'fileAdded' : 'fileRemoved', { field: c.field, name: c.name })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
