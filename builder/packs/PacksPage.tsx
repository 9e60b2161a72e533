/** The coordinators' pack screens: the list of packs (/packs), one pack (/packs/:packId), one version read (/packs/:packId/versions/:version) and the draft read (/packs/:packId/draft). */
import { Route, Routes } from 'react-router-dom';
import { PackDetail } from './PackDetail';
import { PackList } from './PackList';
import { DraftReview } from './version/DraftReview';
import { VersionReview } from './version/VersionReview';
import './packs.css';

export function PacksPage() {
  return (
    <Routes>
      <Route index element={<PackList />} />
      <Route path=":packId" element={<PackDetail />} />
      <Route path=":packId/versions/:version" element={<VersionReview />} />
      <Route path=":packId/draft" element={<DraftReview />} />
    </Routes>
  );
}
