/**
 * The services a rule may name: this pack's own, then every published one
 * (GET /api/published-services), by name. The publishing gate checks rules against the same
 * published versions, so a pick from this list names a service it knows.
 */
import { useEffect, useState } from 'react';
import type { FormPackContent, Lang, LocalizedText, ServiceRef } from '../../../form-library/format/types';
import { api } from '../../../ui/api/http';
import { localize } from '../../../form-library/format/localize';

export interface ServiceChoice {
  ref: ServiceRef;
  label: string;
}

export interface PublishedService {
  pack: string;
  packName: LocalizedText;
  service: string;
  name: LocalizedText;
}

export function serviceChoices(content: FormPackContent, published: PublishedService[], lang: Lang, ownLabel: string): ServiceChoice[] {
  const own = content.services.map((s) => ({ ref: { pack: content.slug, service: s.id }, label: `${localize(s.name, lang) || s.id} (${ownLabel})` }));
  const others = published
    .filter((p) => p.pack !== content.slug)
    .map((p) => ({ ref: { pack: p.pack, service: p.service }, label: `${localize(p.name, lang) || p.service} (${localize(p.packName, lang) || p.pack})` }));
  return [...own, ...others];
}

export function useServiceChoices(content: FormPackContent, lang: Lang, ownLabel: string): ServiceChoice[] {
  const [published, setPublished] = useState<PublishedService[]>([]);
  useEffect(() => {
    let live = true;
    api<PublishedService[]>('GET', '/api/published-services').then((list) => live && setPublished(list), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return serviceChoices(content, published, lang, ownLabel);
}
