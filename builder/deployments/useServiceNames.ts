/** The names of deployed services, read from the exact version each deployment pins. */
import { useEffect, useState } from 'react';
import { localize } from '../../form-library/format/localize';
import { useLang } from '../../ui/i18n/messages';
import type { Deployment } from './api';
import type { AdminData } from './adminData';
import { versionContent } from './deployable';

export function useServiceNames(data: AdminData | null): (d: Deployment) => string {
  const lang = useLang();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!data) return;
    let live = true;
    const pairs = [...new Set(data.deployments.map((d) => `${d.packId}:${d.packVersion}`))];
    void Promise.all(
      pairs.map(async (key) => {
        const [packId, version] = key.split(':').map(Number);
        const content = await versionContent(packId, version).catch(() => null);
        return content ? content.services.map((s) => [`${key}:${s.id}`, localize(s.name, lang)] as const) : [];
      }),
    ).then((lists) => {
      if (live) setNames(new Map(lists.flat()));
    });
    return () => {
      live = false;
    };
  }, [data, lang]);
  return (d) => names.get(`${d.packId}:${d.packVersion}:${d.serviceId}`) ?? d.serviceId;
}
