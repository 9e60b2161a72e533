/** The coordinators' pack screens: the list of packs (/packs) and one pack (/packs/:packId). */
import { Route, Routes } from 'react-router-dom';
import { PackDetail } from './PackDetail';
import { PackList } from './PackList';
import './packs.css';

export function PacksPage() {
  return (
    <Routes>
      <Route index element={<PackList />} />
      <Route path=":packId" element={<PackDetail />} />
    </Routes>
  );
}
