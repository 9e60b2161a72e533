/**
 * The integration feed: an authority's new and changed cases in the order of their latest change
 * (change_seq, server/API.md "Integration"), a page after a cursor. A case changed again moves to
 * the end, so a client that keeps the cursor sees each case once per change and none is lost.
 */
import type { IntegrationCasePage } from '../../api-contract/integration';
import type { AppContext } from '../context';
import { caseCursor, readCaseCursor } from './case-cursor';
import type { ChangedCaseRow } from './integration-case-repository';
import { caseSummary } from './integration-case-view';

export interface FeedPage extends IntegrationCasePage {
  /** The change sequence number the page started after (0: from the start). */
  afterSeq: number;
}

export async function changedCasesPage(ctx: AppContext, authorityId: string, after: string | undefined, limit: number): Promise<FeedPage> {
  const afterSeq = after === undefined ? 0 : readCaseCursor(after);
  // One more than the page, to tell whether more follow.
  const rows = await ctx.repos.integrationCases.changedAfter(authorityId, afterSeq, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.changeSeq ?? afterSeq;
  return { cases: page.map(feedSummary), cursor: caseCursor(last), hasMore: rows.length > limit, afterSeq };
}

function feedSummary(row: ChangedCaseRow): IntegrationCasePage['cases'][number] {
  return caseSummary(row, { kind: row.changeKind, at: row.changeAt, by: row.changeBy });
}
