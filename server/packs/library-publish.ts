/**
 * The ready library reaches every database on start, not only an empty one: a library pack the
 * database lacks is created and published, and a library pack newer than the newest version the
 * database holds from the library is published as the pack's next version, with the library's
 * changelog since then (the builder shows its diff to the admins who deployed the older one).
 * Deployments stay on the version they were made with: upgrading is the authority admin's act.
 */
import { diffPacks } from '../../form-library/diff';
import type { FormPackContent, PackChangelogEntry } from '../../form-library/format/types';
import type { LibraryPack } from '../../form-library/library/read-library';
import { LANGS } from '../../languages/localized-text';
import type { AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { createPack, getPack, latestVersion, nextDraftTime, publishVersion, type PackRow } from './packs';

export interface LibraryPublication {
  slug: string;
  packId: number;
  /** The pack's version number in this database. */
  version: number;
  libraryVersion: number;
  /** The pack was new to the database. */
  created: boolean;
  /** Changes from the pack's previous version (form-library/diff); null for a new pack. */
  changes: number | null;
}

const SYSTEM: AuditActor = { kind: 'system' };

/** The changelog as stored with a version: each entry's languages joined by " / ", newest first, one a line. */
export function changelogText(entries: PackChangelogEntry[]): string {
  return entries.map((e) => LANGS.flatMap((lang) => (e.changes[lang]?.trim() ? [e.changes[lang]] : [])).join(' / ')).join('\n');
}

/** Publishes what the library has newer than the database; one pack's refusal is logged and does not stop the rest. */
export async function publishLibrary(ctx: AppContext, library: LibraryPack[], log: (message: string) => void): Promise<LibraryPublication[]> {
  const published: LibraryPublication[] = [];
  // An assessment's rules may name another library pack's services, which the publishing gate
  // looks up among published packs: packs holding assessments go after the others.
  const ordered = [...library].sort((a, b) => Number(Boolean(a.content.assessments?.length)) - Number(Boolean(b.content.assessments?.length)));
  for (const libraryPack of ordered) {
    const slug = libraryPack.content.slug;
    try {
      const publication = await publishLibraryPack(ctx, libraryPack);
      if (!publication) continue;
      published.push(publication);
      if (!publication.created)
        log(`Library pack ${slug}: library version ${publication.libraryVersion} published as version ${publication.version} (${publication.changes} changes); deployments stay on their versions until their admins upgrade`);
    } catch (err) {
      const detail = err instanceof Error && 'fields' in err ? JSON.stringify((err as { fields: unknown }).fields).slice(0, 500) : String(err);
      log(`Library pack ${slug} was not published: ${detail}`);
    }
  }
  return published;
}

async function publishLibraryPack(ctx: AppContext, libraryPack: LibraryPack): Promise<LibraryPublication | null> {
  const { content, version: libraryVersion } = libraryPack;
  const existing = await ctx.repos.packs.bySlug(content.slug);
  if (!existing) {
    const pack = await getPack(ctx, await createPack(ctx, content, null, SYSTEM));
    if (!pack) throw new Error('the pack vanished after it was created');
    const version = await publishVersion(ctx, pack, pack.draftJson, { changelog: changelogText(libraryPack.changelog), libraryVersion }, SYSTEM);
    return { slug: content.slug, packId: pack.id, version, libraryVersion, created: true, changes: null };
  }
  if (existing.ownerAuthorityId !== null) throw new Error(`the slug belongs to a pack of ${existing.ownerAuthorityId}, not to the library`);
  const held = await ctx.repos.packs.heldLibraryVersion(existing.id);
  if (held !== null && held >= libraryVersion) return null;
  const since = libraryPack.changelog.filter((entry) => held === null || entry.version > held);
  const latest = await latestVersion(ctx, existing.id);
  const changes = latest ? diffPacks(JSON.parse(latest.contentJson) as FormPackContent, content).length : null;
  const contentJson = JSON.stringify(content);
  const version = await publishVersion(ctx, existing, contentJson, { changelog: changelogText(since), libraryVersion, details: { changes } }, SYSTEM);
  await followInDraft(ctx, existing, latest?.contentJson ?? null, contentJson);
  return { slug: content.slug, packId: existing.id, version, libraryVersion, created: false, changes };
}

/** The draft takes the new version unless a coordinator has edits in it that are not published. */
async function followInDraft(ctx: AppContext, pack: PackRow, previousJson: string | null, contentJson: string): Promise<void> {
  if (previousJson !== null && pack.draftJson !== previousJson) return;
  await ctx.repos.packs.saveDraft(pack.id, contentJson, nextDraftTime(ctx, pack), undefined, null);
}
