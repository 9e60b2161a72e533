/**
 * The saved draft, read as a version is (/packs/:packId/draft): what the coordinator reviews before
 * publishing, above all before version 1, when there is no earlier version to diff against.
 */
import { Link, useParams } from 'react-router-dom';
import { localize } from '../../../form-library/format/localize';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { packTexts } from '../../../i18n/catalogs/builder';
import { useLoad } from '../../requests/use-load';
import { formatDateTime } from '../../../i18n/intl-format';
import { getDraft } from '../api';
import { PackReading, ReadingPage } from './PackReading';

export function DraftReview() {
  const t = useTexts(packTexts);
  const uiLang = useLang();
  const packId = Number(useParams().packId);
  const [loaded, reload] = useLoad(() => getDraft(packId), [packId]);
  return (
    <ReadingPage packId={packId} loaded={loaded} reload={reload} loadingTitle={t('readDraft')}>
      {(draft) => (
        <PackReading
          content={draft.content}
          title={t('draftTitle', { name: localize(draft.content.name, uiLang) || draft.content.slug })}
          intro={t('draftIntro')}
          servicesLabel={t('draftServices')}
          meta={<>{t('draftSaved')}: {formatDateTime(draft.updatedAt, uiLang)} · <Link to={`/${uiLang}/designer/${packId}`}>{t('designerLink')}</Link></>}
        />
      )}
    </ReadingPage>
  );
}
