/** The coordinators' pack screens: the list of packs (/packs), one pack (/packs/:packId) and one version read (/packs/:packId/versions/:version). */
import { Route, Routes } from 'react-router-dom';
import { PackDetail } from './PackDetail';
import { PackList } from './PackList';
import { VersionReview } from './version/VersionReview';
import './packs.css';

export function PacksPage() {
  return (
    <Routes>
      <Route index element={<PackList />} />
      <Route path=":packId" element={<PackDetail />} />
      <Route path=":packId/versions/:version" element={<VersionReview />} />
    </Routes>
  );
}
