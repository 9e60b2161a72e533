/** Packs and their versions as their tables keep them, whichever database holds them. */
import type { FormPackContent } from '../../form-library/format/types';

/** Aliases quoted: PostgreSQL folds unquoted ones to lower case. */
export const PACK_COLUMNS = `id, slug, owner_authority_id AS "ownerAuthorityId", draft_json AS "draftJson", draft_updated_at AS "draftUpdatedAt",
  review_requested_at AS "reviewRequestedAt", review_requested_by AS "reviewRequestedBy", review_message AS "reviewMessage", created_at AS "createdAt"`;

export const VERSION_COLUMNS = `pack_id AS "packId", version, content_json AS "contentJson", changelog, published_at AS "publishedAt", published_by AS "publishedBy",
  retired_at AS "retiredAt", library_version AS "libraryVersion"`;

/**
 * Published versions' parsed contents, kept for the life of the process (published versions are
 * immutable). Only found versions are kept: a missing one may be published a moment later.
 */
export function createContentCache() {
  const contents = new Map<string, FormPackContent>();
  return {
    get: (packId: number, version: number): FormPackContent | undefined => contents.get(`${packId}:${version}`),
    keep(packId: number, version: number, contentJson: string | undefined): FormPackContent | null {
      if (contentJson === undefined) return null;
      const content = JSON.parse(contentJson) as FormPackContent;
      contents.set(`${packId}:${version}`, content);
      return content;
    },
  };
}
