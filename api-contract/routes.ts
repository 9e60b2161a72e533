/** Every route of the Kevyt API, by area. The OpenAPI document lists exactly these. */
import { Type } from '@sinclair/typebox';
import { adminRoutes } from './admin';
import { assessmentRoutes } from './assessments';
import { authRoutes } from './auth';
import { customerRoutes } from './customer';
import { deskRoutes } from './desk';
import { identificationRoutes } from './identification';
import { apiKeyRoutes, integrationRoutes } from './integration';
import { mandateRoutes } from './mandates';
import { packRoutes } from './packs';
import { projectRoutes } from './projects';
import { referenceRoutes } from './reference';
import { route, type RouteContract } from './route';
import { staffSsoRoutes } from './staff-sso';
import { submissionRoutes } from './submissions';
import { webhookAdminRoutes, webhookIntegrationRoutes } from './webhooks';

export const metaRoutes = {
  openapi: route({
    method: 'get', path: '/api/openapi.json', tag: 'Contract', access: { kind: 'public' },
    summary: 'This document: the API’s contract as OpenAPI 3.1',
    answers: { 200: Type.Object({ openapi: Type.String() }, { additionalProperties: true, description: 'OpenAPI 3.1 document' }) },
    errors: [],
  }),
};

export const API = {
  meta: metaRoutes,
  reference: referenceRoutes,
  submissions: submissionRoutes,
  customer: customerRoutes,
  identification: identificationRoutes,
  mandates: mandateRoutes,
  auth: authRoutes,
  desk: deskRoutes,
  packs: packRoutes,
  admin: adminRoutes,
  assessments: assessmentRoutes,
  projects: projectRoutes,
  integration: integrationRoutes,
  apiKeys: apiKeyRoutes,
  webhooks: webhookAdminRoutes,
  integrationWebhooks: webhookIntegrationRoutes,
  staffSso: staffSsoRoutes,
};

export function allRoutes(): RouteContract[] {
  return Object.values(API).flatMap((area) => Object.values(area) as RouteContract[]);
}
