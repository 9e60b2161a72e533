/**
 * Every repository over one PostgreSQL pool: the same `Repositories` the SQLite ones make
 * (server/db/repositories.ts), so that an app context can be built on either database. Each
 * method that writes several statements runs them in its own transaction on the pool.
 */
import type pg from 'pg';
import { createPgOutboxRepository } from '../../alerts/pg-outbox-repository';
import { createPgAssessmentRepository } from '../../assessments/pg-assessment-repository';
import { createPgAttachmentRepository } from '../../attachments/pg-attachment-repository';
import { createPgAuditRepository } from '../../audit/pg-audit-repository';
import { createPgSecondFactorRepository } from '../../auth/second-factor/pg-second-factor-repository';
import { createPgSessionRepository } from '../../auth/pg-session-repository';
import { createPgCaseRepository } from '../../cases/pg-case-repository';
import { createPgInboxRepository } from '../../cases/pg-inbox-repository';
import { createPgSignInCodeRepository } from '../../customer/pg-sign-in-code-repository';
import { createPgDeploymentRepository } from '../../deployments/pg-deployment-repository';
import { keepingFigures } from '../../estimates/kept-figures';
import { createPgEstimateRepository } from '../../estimates/pg-estimate-repository';
import { createPgReadiness } from '../../health/pg-health-repository';
import { createPgIdentificationLoginRepository } from '../../identification/pg-identification-login-repository';
import { createPgApiKeyRepository } from '../../integration/pg-api-key-repository';
import { createPgIntegrationCaseRepository } from '../../integration/pg-integration-case-repository';
import { createPgCounterStore } from '../../limits/pg-counter-store';
import { createPgActingForRepository } from '../../mandates/pg-acting-for-repository';
import { createPgPackRepository } from '../../packs/pg-pack-repository';
import { createPgProjectRepository } from '../../projects/pg-project-repository';
import { createPgReferenceRepository } from '../../reference/pg-reference-repository';
import { createPgRoutingRepository } from '../../routing/pg-routing-repository';
import { createPgStaffSsoRepository } from '../../staff-sso/pg-staff-sso-repository';
import { createPgStaffRepository } from '../../staff/pg-staff-repository';
import { createPgSubmissionRepository } from '../../submissions/pg-submission-repository';
import { createPgWebhookRepository } from '../../webhooks/pg-webhook-repository';
import { createPgSeedRepository } from '../../seed/pg-seed-repository';
import { createPgSettingsRepository } from '../../settings/pg-settings-repository';
import type { Repositories } from '../repositories';

export function createPgRepositories(pool: pg.Pool): Repositories {
  return {
    apiKeys: createPgApiKeyRepository(pool),
    assessments: createPgAssessmentRepository(pool),
    attachments: createPgAttachmentRepository(pool),
    audit: createPgAuditRepository(pool),
    cases: createPgCaseRepository(pool),
    counters: createPgCounterStore(pool),
    deployments: createPgDeploymentRepository(pool),
    estimates: keepingFigures(createPgEstimateRepository(pool)),
    identificationLogins: createPgIdentificationLoginRepository(pool),
    actingFor: createPgActingForRepository(pool),
    inbox: createPgInboxRepository(pool),
    integrationCases: createPgIntegrationCaseRepository(pool),
    outbox: createPgOutboxRepository(pool),
    packs: createPgPackRepository(pool),
    projects: createPgProjectRepository(pool),
    readiness: createPgReadiness(pool),
    reference: createPgReferenceRepository(pool),
    routing: createPgRoutingRepository(pool),
    secondFactor: createPgSecondFactorRepository(pool),
    seed: createPgSeedRepository(pool),
    sessions: createPgSessionRepository(pool),
    settings: createPgSettingsRepository(pool),
    signInCodes: createPgSignInCodeRepository(pool),
    staff: createPgStaffRepository(pool),
    staffSso: createPgStaffSsoRepository(pool),
    submissions: createPgSubmissionRepository(pool),
    webhooks: createPgWebhookRepository(pool),
  };
}
