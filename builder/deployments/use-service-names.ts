/** The names of deployed services, read from the exact version each deployment pins. */
import { useEffect, useState } from 'react';
import { localize } from '../../form-library/format/localize';
import { useLang } from '../../ui/i18n/texts';
import type { Deployment } from './api';
import type { AdminData } from './admin-data';
import { versionContent } from './deployable';

export interface ServiceNames {
  nameOf: (d: Deployment) => string;
  /**
   * True once every deployment's pinned version has been read (or failed to load). Until then
   * nameOf would answer the bare service id, so the screen waits rather than flash ids as headings.
   */
  ready: boolean;
}

const versionKey = (d: Pick<Deployment, 'packId' | 'packVersion'>) => `${d.packId}:${d.packVersion}`;

export function useServiceNames(data: AdminData | null): ServiceNames {
  const lang = useLang();
  const [read, setRead] = useState<{ versions: Set<string>; names: Map<string, string> }>({ versions: new Set(), names: new Map() });
  useEffect(() => {
    if (!data) return;
    let live = true;
    const pairs = [...new Set(data.deployments.map(versionKey))];
    void Promise.all(
      pairs.map(async (key) => {
        const [packId, version] = key.split(':').map(Number);
        const content = await versionContent(packId, version).catch(() => null);
        return content ? content.services.map((s) => [`${key}:${s.id}`, localize(s.name, lang)] as const) : [];
      }),
    ).then((lists) => {
      if (live) setRead({ versions: new Set(pairs), names: new Map(lists.flat()) });
    });
    return () => {
      live = false;
    };
  }, [data, lang]);
  return {
    nameOf: (d) => read.names.get(`${versionKey(d)}:${d.serviceId}`) ?? d.serviceId,
    ready: data !== null && data.deployments.every((d) => read.versions.has(versionKey(d))),
  };
}
