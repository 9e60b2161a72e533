/**
 * Every repository, made once with the app context (`ctx.repos`). Each area declares what it
 * keeps as an interface (`<area>/<name>-repository.ts`) and implements it in SQLite
 * (`<area>/sqlite-<name>-repository.ts`); a second database implements the same interfaces and
 * is built here beside this one. See "Data access" in README.md.
 */
import type { AuditRepository } from '../audit/audit-repository';
import { createSqliteAuditRepository, createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { OutboxRepository } from '../alerts/outbox-repository';
import { createSqliteOutboxRepository } from '../alerts/sqlite-outbox-repository';
import type { ReferenceRepository } from '../reference/reference-repository';
import { createSqliteReferenceRepository } from '../reference/sqlite-reference-repository';
import type { StaffRepository } from '../staff/staff-repository';
import { createSqliteStaffRepository } from '../staff/sqlite-staff-repository';
import type { PackRepository } from '../packs/pack-repository';
import { createSqlitePackRepository } from '../packs/sqlite-pack-repository';
import type { DeploymentRepository } from '../deployments/deployment-repository';
import { createSqliteDeploymentRepository } from '../deployments/sqlite-deployment-repository';
import type { CaseRepository } from '../cases/case-repository';
import type { InboxRepository } from '../cases/inbox-repository';
import { createSqliteInbox } from '../cases/inbox-query';
import { createSqliteCaseRepository } from '../cases/sqlite-case-repository';
import type { AttachmentRepository } from '../attachments/attachment-repository';
import { createSqliteAttachmentRepository } from '../attachments/sqlite-attachment-repository';
import type { CounterStore } from '../limits/counter-store';
import { createSqliteCounterStore } from '../limits/sqlite-counter-store';
import type { SubmissionRepository } from '../submissions/submission-repository';
import { createSqliteSubmissionRepository } from '../submissions/sqlite-submission-repository';
import type { RoutingRepository } from '../routing/routing-repository';
import { createSqliteRoutingRepository } from '../routing/sqlite-routing-repository';
import type { AssessmentRepository } from '../assessments/assessment-repository';
import { createSqliteAssessmentRepository } from '../assessments/sqlite-assessment-repository';
import type { SecondFactorRepository } from '../auth/second-factor/second-factor-repository';
import { createSqliteSecondFactorRepository } from '../auth/second-factor/sqlite-second-factor-repository';
import type { SessionRepository } from '../auth/session-repository';
import { createSqliteSessionRepository } from '../auth/sqlite-session-repository';
import type { SignInCodeRepository } from '../customer/sign-in-code-repository';
import { createSqliteSignInCodeRepository } from '../customer/sqlite-sign-in-code-repository';
import type { EstimateStore } from '../estimates/kept-figures';
import { keepingFigures } from '../estimates/kept-figures';
import { createSqliteEstimateRepository } from '../estimates/sqlite-estimate-repository';
import type { ProjectRepository } from '../projects/project-repository';
import { createSqliteProjectRepository } from '../projects/sqlite-project-repository';
import type { DatabaseReadiness } from '../health/health-repository';
import { createSqliteReadiness } from '../health/sqlite-health-repository';
import type { IdentificationLoginRepository } from '../identification/identification-login-repository';
import { createSqliteIdentificationLoginRepository } from '../identification/sqlite-identification-login-repository';
import type { ActingForRepository } from '../mandates/acting-for-repository';
import { createSqliteActingForRepository } from '../mandates/sqlite-acting-for-repository';
import type { ApiKeyRepository } from '../integration/api-key-repository';
import { createSqliteApiKeyRepository } from '../integration/sqlite-api-key-repository';
import type { IntegrationCaseRepository } from '../integration/integration-case-repository';
import { createSqliteIntegrationCaseRepository } from '../integration/sqlite-integration-case-repository';
import type { WebhookRepository } from '../webhooks/webhook-repository';
import { createSqliteWebhookRepository } from '../webhooks/sqlite-webhook-repository';
import type { StaffSsoRepository } from '../staff-sso/staff-sso-repository';
import { createSqliteStaffSsoRepository } from '../staff-sso/sqlite-staff-sso-repository';
import type { SettingsRepository } from '../settings/settings-repository';
import { createSqliteSettingsRepository } from '../settings/sqlite-settings-repository';
import type { SeedRepository } from '../seed/seed-repository';
import { createSqliteSeedRepository } from '../seed/sqlite-seed-repository';
import type { Db, Sqlite } from './connection';
import { createGroupCommit } from './group-commit';

export interface Repositories {
  /** An authority's API keys for its case-management system. */
  apiKeys: ApiKeyRepository;
  assessments: AssessmentRepository;
  attachments: AttachmentRepository;
  audit: AuditRepository;
  cases: CaseRepository;
  /** The rate limits' counts. */
  counters: CounterStore;
  deployments: DeploymentRepository;
  /** The processing-time estimates' data, with the figures read from it kept a few minutes. */
  estimates: EstimateStore;
  /** Strong identifications under way (OIDC state, nonce, PKCE verifier). */
  identificationLogins: IdentificationLoginRepository;
  /** Whom strongly identified persons act for in their sessions (server/mandates/). */
  actingFor: ActingForRepository;
  inbox: InboxRepository;
  /** The integration API's reads of an authority's cases. */
  integrationCases: IntegrationCaseRepository;
  outbox: OutboxRepository;
  packs: PackRepository;
  projects: ProjectRepository;
  /** What /readyz asks of the database. */
  readiness: DatabaseReadiness;
  reference: ReferenceRepository;
  routing: RoutingRepository;
  /** What seeding writes: the reference data and the demo staff (server/seed/). */
  seed: SeedRepository;
  /** The staff's authenticators, used code steps and recovery codes. */
  secondFactor: SecondFactorRepository;
  sessions: SessionRepository;
  /** Instance-wide values kept with the data: the generated secrets. */
  settings: SettingsRepository;
  signInCodes: SignInCodeRepository;
  staff: StaffRepository;
  /** Staff single sign-on: group → role mappings, sign-ins under way, accounts linked to a provider. */
  staffSso: StaffSsoRepository;
  submissions: SubmissionRepository;
  /** An authority's webhook endpoints, their queued deliveries and every attempt. */
  webhooks: WebhookRepository;
}

/** The SQLite repositories over one connection; their statements are prepared here, once. */
export function createSqliteRepositories(sqlite: Sqlite, _db: Db): Repositories {
  // One group commit per connection: the sends and the rate limits' counts share its batches.
  const group = createGroupCommit(sqlite);
  const projects = createSqliteProjectRepository(sqlite);
  const audit = createSqliteAuditRepository(sqlite);
  const auditWriter = createSqliteAuditWriter(sqlite);
  return {
    apiKeys: createSqliteApiKeyRepository(sqlite, auditWriter),
    assessments: createSqliteAssessmentRepository(sqlite),
    attachments: createSqliteAttachmentRepository(sqlite),
    audit,
    cases: createSqliteCaseRepository(sqlite),
    counters: createSqliteCounterStore(sqlite, group),
    deployments: createSqliteDeploymentRepository(sqlite),
    estimates: keepingFigures(createSqliteEstimateRepository(sqlite)),
    identificationLogins: createSqliteIdentificationLoginRepository(sqlite),
    actingFor: createSqliteActingForRepository(sqlite),
    inbox: createSqliteInbox(sqlite),
    integrationCases: createSqliteIntegrationCaseRepository(sqlite, auditWriter),
    outbox: createSqliteOutboxRepository(sqlite),
    packs: createSqlitePackRepository(sqlite),
    projects,
    readiness: createSqliteReadiness(sqlite),
    reference: createSqliteReferenceRepository(sqlite),
    routing: createSqliteRoutingRepository(sqlite),
    secondFactor: createSqliteSecondFactorRepository(sqlite),
    seed: createSqliteSeedRepository(sqlite),
    sessions: createSqliteSessionRepository(sqlite),
    settings: createSqliteSettingsRepository(sqlite),
    signInCodes: createSqliteSignInCodeRepository(sqlite),
    staff: createSqliteStaffRepository(sqlite),
    staffSso: createSqliteStaffSsoRepository(sqlite),
    submissions: createSqliteSubmissionRepository(sqlite, group, projects.sentLinks),
    webhooks: createSqliteWebhookRepository(sqlite),
  };
}
