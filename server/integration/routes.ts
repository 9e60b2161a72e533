/**
 * /api/integration/v1: an authority's case-management system pulls its cases with an API key
 * (api-key-guard.ts). Mounted before the CSRF check: a key in a header is no ambient credential.
 */
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import { MAX_INTEGRATION_LIMIT } from '../../api-contract/integration';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { conflict, notFound } from '../http/errors';
import { apiKeyOf, loadApiKey } from './api-key-guard';
import { ownAuthorityOf } from '../auth/guards';
import { staffActor } from '../audit/log';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key-admin';
import { readOneFile } from '../attachments/multipart';
import { attachmentOfCase, sendAttachment } from '../attachments/store';
import { takeStep } from '../cases/case-step';
import { sendMessageToCustomer } from '../cases/case-actions';
import { DECISION_FIELD_BYTES, recordDecisionUpload } from '../cases/decision-upload';
import { statusRef } from '../cases/case-view';
import { requestLang } from '../cases/request-lang';
import { ownCaseOfKey, auditedWrite } from './key-case';
import { changedCasesPage } from './case-feed';
import { integrationCase } from './integration-case-view';
import { keyMayReachCase } from '../../permissions/permissions';

export function integrationRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use('/integration', loadApiKey(ctx));

  on(router, API.integration.cases, async (req, res, { query }) => {
    const key = apiKeyOf(req);
    const { afterSeq, ...page } = await changedCasesPage(ctx, key.authorityId, query.after, query.limit ?? MAX_INTEGRATION_LIMIT);
    await key.audit('integration.cases.list', 'authority', key.authorityId, { after: afterSeq, count: page.cases.length });
    res.json(page);
  });

  on(router, API.integration.case, async (req, res, { params }) => {
    const key = apiKeyOf(req);
    const row = await ctx.repos.cases.byId(params.id);
    // Another authority's case is as absent as one that never was.
    if (!row || !keyMayReachCase(key, row)) throw notFound('No such case');
    await key.audit('integration.cases.read', 'submission', row.id);
    res.json(await integrationCase(ctx, row));
  });

  // The desk's own download (the same headers, the same check that the file is the case's), audited
  // as a use of the key whether it is served or not.
  on(router, API.integration.attachment, async (req, res, { params }) => {
    const key = apiKeyOf(req);
    const row = await ctx.repos.cases.byId(params.id);
    const own = row && keyMayReachCase(key, row) ? row : undefined;
    const file = own && await attachmentOfCase(ctx, own.id, params.attachmentId);
    await key.audit('integration.attachments.read', 'submission', params.id, { attachmentId: params.attachmentId, outcome: file ? 'done' : 'refused', ...(file ? {} : { status: 404 }) });
    if (!own) throw notFound('No such case');
    if (!file) throw notFound('No such attachment in this case');
    await sendAttachment(ctx, res, file);
  });

  on(router, API.integration.ack, async (req, res, { params, body }) => {
    const key = apiKeyOf(req);
    const row = await ctx.repos.cases.byId(params.id);
    if (!row || !keyMayReachCase(key, row)) throw notFound('No such case');
    const at = ctx.now().toISOString();
    const record = { at, actor: { kind: 'apiKey', keyId: key.id } as const, action: 'integration.cases.ack', targetType: 'submission', targetId: row.id, details: { caseManagementId: body.caseManagementId } };
    const { ref, created } = await ctx.repos.integrationCases.acknowledge(row.id, { caseManagementId: body.caseManagementId, acknowledgedAt: at }, key.id, record);
    // A repeated or conflicting acknowledgement changes nothing, but is a use of the key all the same.
    if (!created)
      await key.audit('integration.cases.ack', 'submission', row.id, {
        caseManagementId: body.caseManagementId,
        outcome: ref.caseManagementId === body.caseManagementId ? 'repeat' : 'conflict',
      });
    if (ref.caseManagementId !== body.caseManagementId)
      throw conflict(`The case was acknowledged with another reference (${ref.caseManagementId})`, [{ path: 'caseManagementId', message: 'The case has another reference already' }]);
    res.json(ref);
  });

  // Write-back: the desk's own domain functions, acting as the key (case-actor.ts), so the same rules hold.
  // A call for another authority's case is audited too, as a refused use.
  on(router, API.integration.transition, async (req, res, { params, body }) => {
    const key = apiKeyOf(req);
    const { sub, service, fired } = await auditedWrite(key, 'integration.cases.transition', params.id, { event: body.event }, async () => {
      const own = await ownCaseOfKey(ctx, key, params.id);
      return { ...own, fired: await takeStep(ctx, own.sub, own.service, { kind: 'apiKey', keyId: key.id }, body) };
    });
    res.json({ status: fired.status, statusRef: statusRef(service, fired.status, requestLang(req, sub.lang)) });
  });

  on(router, API.integration.message, async (req, res, { params, body }) => {
    const key = apiKeyOf(req);
    await auditedWrite(key, 'integration.cases.message', params.id, {}, async () => {
      const { sub, service } = await ownCaseOfKey(ctx, key, params.id);
      await sendMessageToCustomer(ctx, sub, service, { kind: 'apiKey', keyId: key.id }, body.body);
    });
    res.status(201).json({ ok: true });
  });

  on(router, API.integration.decision, { before: [readOneFile({ fieldSize: DECISION_FIELD_BYTES })] }, async (req, res, { params }) => {
    const key = apiKeyOf(req);
    const { sub, service, fired } = await auditedWrite(key, 'integration.cases.decision', params.id, { file: req.file !== undefined }, async () => {
      const own = await ownCaseOfKey(ctx, key, params.id);
      return { ...own, fired: await recordDecisionUpload(ctx, own.sub, own.service, { kind: 'apiKey', keyId: key.id }, req.body, req.file) };
    });
    res.status(201).json({ status: fired.status, statusRef: statusRef(service, fired.status, requestLang(req, sub.lang)) });
  });
  return router;
}

/** The authority admin's keys (builder), behind the CSRF check as every staff route. */
export function apiKeyAdminRoutes(ctx: AppContext): Router {
  const router = Router();
  on(router, API.apiKeys.list, async (req, res) => {
    res.json(await listApiKeys(ctx, ownAuthorityOf(req)));
  });
  on(router, API.apiKeys.create, async (req, res, { body }) => {
    res.status(201).json(await createApiKey(ctx, ownAuthorityOf(req), body, staffActor(req)));
  });
  on(router, API.apiKeys.revoke, async (req, res, { params }) => {
    await revokeApiKey(ctx, ownAuthorityOf(req), params.id, staffActor(req));
    res.status(204).end();
  });
  return router;
}
