/**
 * The database schema (drizzle, SQLite). Migrations under server/db/migrations are generated from
 * this file with `npm run db:generate` and applied at start. JSON columns hold format documents
 * (form-pack content, submission data) exactly as the format types describe them.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AuthorityKind } from '../../form-library/format/types';
import type { StaffRole } from '../../permissions/permissions';

/** Official language status of a municipality, the majority language first. */
export type MunicipalityLanguages = 'fi' | 'sv' | 'fi-sv' | 'sv-fi';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

// ---- Reference data ---------------------------------------------------------------------------

export const municipalities = sqliteTable('municipalities', {
  code: text('code').primaryKey(), // Statistics Finland 3-digit code, e.g. '091'
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  languages: text('languages').$type<MunicipalityLanguages>().notNull(),
  regionCode: text('region_code').notNull(),
});

export const authorities = sqliteTable('authorities', {
  id: text('id').primaryKey(), // e.g. 'rescue-helsinki', 'municipality-091'
  kind: text('kind').$type<AuthorityKind>().notNull(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
});

/** An authority's area of operation (toimialue). National authorities have no rows: they serve all. */
export const authorityMunicipalities = sqliteTable(
  'authority_municipalities',
  {
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    municipalityCode: text('municipality_code').notNull().references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.municipalityCode] }), index('authority_municipalities_muni').on(t.municipalityCode)],
);

export const topics = sqliteTable('topics', {
  id: text('id').primaryKey(), // e.g. 'events'
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
});

// ---- Staff and sessions -----------------------------------------------------------------------

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(), // scrypt, 'scrypt$N$r$p$salt$hash'
  role: text('role').$type<StaffRole>().notNull(),
  authorityId: text('authority_id').references(() => authorities.id), // null for coordinators
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Set by an admin's create or reset (temporary password); the person must choose their own before anything else. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

/** Server-side sessions; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(), // 'staff' | 'customer'
    userId: integer('user_id').references(() => users.id),
    customerEmail: text('customer_email'),
    /** How a customer session's person was identified: 'email' (a code; also null, as before) or 'strong' (OIDC). */
    identification: text('identification'),
    /** A strong session's person: a keyed hash of the henkilötunnus (server/identification/person-key.ts), names and the henkilötunnus itself, never sent to any browser but its own. */
    personKey: text('person_key'),
    personGivenName: text('person_given_name'),
    personFamilyName: text('person_family_name'),
    personId: text('person_id'),
    expiresAt: text('expires_at').notNull(),
    /** Last use of a staff session (refreshed at most once a minute); it ends after the idle timeout. Null: never used since sign-in. */
    lastSeenAt: text('last_seen_at'),
    /** When the staff member passed the second factor (TOTP or a recovery code) in this session; null: not (yet). */
    secondFactorAt: text('second_factor_at'),
    /** A single sign-on session's ID token, sealed (server/crypto/sealed-text.ts): the id_token_hint that ends the provider's session too on sign-out. */
    ssoIdToken: text('sso_id_token'),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * Whom a strongly identified person acts for in a session (server/mandates/): a company whose
 * mandate they hold. No row: themselves. Ends with its session.
 */
export const sessionActingFor = sqliteTable('session_acting_for', {
  sessionId: text('session_id').primaryKey().references(() => sessions.id, { onDelete: 'cascade' }),
  businessId: text('business_id').notNull(),
  name: text('name').notNull(),
  chosenAt: text('chosen_at').notNull(),
});

/**
 * Strong identifications under way: what the browser's `kevyt_oidc` cookie (kept as its SHA-256)
 * must come back with from the identity provider. Used once: deleted when the browser returns.
 */
export const identificationLogins = sqliteTable('identification_logins', {
  id: text('id').primaryKey(),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  lang: text('lang').notNull(),
  expiresAt: text('expires_at').notNull(),
  createdAt: createdAt(),
});

/**
 * A staff member's authenticator (TOTP). The shared secret is sealed (AES-256-GCM under a key
 * derived from the session secret); `confirmedAt` is null while an enrolment waits for its first code.
 */
export const staffTotp = sqliteTable('staff_totp', {
  userId: integer('user_id').primaryKey().references(() => users.id),
  secretSealed: text('secret_sealed').notNull(),
  confirmedAt: text('confirmed_at'),
  createdAt: createdAt(),
});

/** Time steps whose code a staff member has used: each code is accepted once (replay). Old steps are swept. */
export const staffTotpUsedSteps = sqliteTable(
  'staff_totp_used_steps',
  {
    userId: integer('user_id').notNull().references(() => users.id),
    step: integer('step').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.step] })],
);

/** Recovery codes, kept as keyed hashes (HMAC-SHA-256); each is used once. */
export const staffRecoveryCodes = sqliteTable(
  'staff_recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: text('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('staff_recovery_codes_user').on(t.userId)],
);

/**
 * Staff single sign-on (server/staff-sso/): a staff account signed in through its authority's own
 * OpenID Connect provider, linked by the provider's issuer and subject (never by email alone).
 * `suspendedAt` is set when the person's groups no longer map to a role (the account is then
 * deactivated); a later sign-in with a mapped group lifts it.
 */
export const staffSsoAccounts = sqliteTable(
  'staff_sso_accounts',
  {
    userId: integer('user_id').primaryKey().references(() => users.id),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    suspendedAt: text('suspended_at'),
    lastSignInAt: text('last_sign_in_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('staff_sso_accounts_subject').on(t.issuer, t.subject)],
);

/** An authority admin's rule: a value of the provider's group claim gives this role in their authority. */
export const staffSsoGroupRoles = sqliteTable(
  'staff_sso_group_roles',
  {
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    groupValue: text('group_value').notNull(),
    role: text('role').$type<StaffRole>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.groupValue] })],
);

/** Staff sign-ins under way at an authority's provider (as identification_logins for customers), used once. */
export const staffSsoLogins = sqliteTable('staff_sso_logins', {
  id: text('id').primaryKey(),
  authorityId: text('authority_id').notNull().references(() => authorities.id),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  lang: text('lang').notNull(),
  expiresAt: text('expires_at').notNull(),
  createdAt: createdAt(),
});

/** One-time sign-in codes for customers, stored hashed. */
export const customerCodes = sqliteTable(
  'customer_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    codeHash: text('code_hash').notNull(),
    expiresAt: text('expires_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    usedAt: text('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('customer_codes_email').on(t.email)],
);

// ---- Form packs and deployments ---------------------------------------------------------------

export const packs = sqliteTable('packs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  /** The authority whose designers may edit the draft; null = coordinators' library pack. */
  ownerAuthorityId: text('owner_authority_id').references(() => authorities.id),
  draftJson: text('draft_json').notNull(), // FormPackContent
  draftUpdatedAt: text('draft_updated_at').notNull(),
  /** A designer's open request that a coordinator review and publish the draft; cleared by publishing or withdrawing it. */
  reviewRequestedAt: text('review_requested_at'),
  reviewRequestedBy: integer('review_requested_by').references(() => users.id),
  reviewMessage: text('review_message'),
  createdAt: createdAt(),
});

/** Published versions are immutable: only `retiredAt` may change after insert. */
export const packVersions = sqliteTable(
  'pack_versions',
  {
    packId: integer('pack_id').notNull().references(() => packs.id),
    version: integer('version').notNull(),
    contentJson: text('content_json').notNull(), // FormPackContent
    changelog: text('changelog').notNull(),
    publishedAt: text('published_at').notNull(),
    publishedBy: integer('published_by').references(() => users.id),
    retiredAt: text('retired_at'),
    /** The ready library's version this was published from on start (form-library/library); null when staff published it. */
    libraryVersion: integer('library_version'),
  },
  (t) => [primaryKey({ columns: [t.packId, t.version] })],
);

export const deployments = sqliteTable(
  'deployments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    packId: integer('pack_id').notNull().references(() => packs.id),
    packVersion: integer('pack_version').notNull(),
    serviceId: text('service_id').notNull(), // ServiceDefinition.id within the pack
    respondWithinDays: integer('respond_within_days'),
    contactText: text('contact_text'),
    /** The authority's own privacy notice for this service: an https address or a text (at most one); null = Kevyt's general notice. */
    privacyNoticeUrl: text('privacy_notice_url'),
    privacyNoticeText: text('privacy_notice_text'),
    /** The kind of appeal instructions decisions carry: 'oikaisuvaatimus' | 'valitus'; null = none set. */
    appealKind: text('appeal_kind'),
    /** The appeal instructions as LocalizedText JSON ({ fi, sv?, en? }), copied into each decision. */
    appealTextJson: text('appeal_text_json'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    withdrawnAt: text('withdrawn_at'),
  },
  (t) => [index('deployments_authority').on(t.authorityId)],
);

/**
 * The municipalities a deployment covers. The unique index over active rows is the routing rule
 * itself: for one service and one municipality at most one responsible authority.
 */
export const deploymentMunicipalities = sqliteTable(
  'deployment_municipalities',
  {
    deploymentId: integer('deployment_id').notNull().references(() => deployments.id),
    municipalityCode: text('municipality_code').notNull().references(() => municipalities.code),
    packId: integer('pack_id').notNull(),
    serviceId: text('service_id').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.deploymentId, t.municipalityCode] }),
    uniqueIndex('deployment_municipalities_one_responsible').on(t.packId, t.serviceId, t.municipalityCode).where(sql`active = 1`),
    index('deployment_municipalities_offering').on(t.municipalityCode, t.active),
  ],
);

// ---- Submissions ------------------------------------------------------------------------------

export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull().unique(), // 'KV-2026-000123'
    deploymentId: integer('deployment_id').notNull().references(() => deployments.id),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    packId: integer('pack_id').notNull(),
    packVersion: integer('pack_version').notNull(), // the exact version it was made with, forever
    serviceId: text('service_id').notNull(),
    municipalityCode: text('municipality_code').notNull().references(() => municipalities.code),
    dataJson: text('data_json').notNull(),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(), // lower-cased; the customer's identity
    /** How the sender was identified: 'none', 'email' (code) or 'strong' (OIDC). */
    identification: text('identification').notNull().default('none'),
    /** For a strong identification, the person's key (never the henkilötunnus itself): who acted. */
    identifiedPersonKey: text('identified_person_key'),
    /** The company the person acted for (Y-tunnus, and its name as the mandate gave it), or null: they acted for themselves. */
    actingForBusinessId: text('acting_for_business_id'),
    actingForName: text('acting_for_name'),
    contactPhone: text('contact_phone'),
    lang: text('lang').notNull(),
    status: text('status').notNull(),
    statusSince: text('status_since').notNull(),
    submittedAt: text('submitted_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    assigneeId: integer('assignee_id').references(() => users.id),
    /** Removed as spam by the authority (server/cases/remove-spam.ts): hidden everywhere, kept for the audit. */
    removedAt: text('removed_at'),
    removedBy: integer('removed_by').references(() => users.id),
    /** The answer's due date (Helsinki calendar day, YYYY-MM-DD) from the deployment's response time at sending; kept. */
    dueDate: text('due_date'),
    /** due_date while the case waits for the authority's answer (no decision, not final); null otherwise. Indexed for the inbox. */
    openDueDate: text('open_due_date'),
    /** When the decision was made (the DECIDE step); null before. */
    decidedAt: text('decided_at'),
    /** The project permit this was sent as (server/projects/), or null for a send of its own. */
    projectPermitId: integer('project_permit_id'),
    /** The shared project data as sent in this case (and as its supplements changed it): what a handler sees without consent. */
    projectDataJson: text('project_data_json'),
    /**
     * Where the case last changed in the integration feed (GET /api/integration/v1/cases): the id of
     * the case_events row of its latest submission, status step, supplement or message, kept by the
     * trigger `case_events_change_seq` (migration 0022), so it only grows, across all cases.
     */
    changeSeq: integer('change_seq'),
  },
  (t) => [
    index('submissions_inbox').on(t.authorityId, t.id),
    index('submissions_changes').on(t.authorityId, t.changeSeq),
    index('submissions_inbox_status').on(t.authorityId, t.status, t.id),
    index('submissions_customer').on(t.contactEmail, t.id),
    // My submissions of a strongly identified person, and of the company they act for (server/mandates/).
    // Partial: most sends carry no person or company, and an index entry for each would be written for nothing.
    index('submissions_person').on(t.identifiedPersonKey, t.id).where(sql`identified_person_key IS NOT NULL`),
    index('submissions_acting_for').on(t.actingForBusinessId, t.id).where(sql`acting_for_business_id IS NOT NULL`),
  ],
);

export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(), // random UUID; also the file name on disk
    submissionId: integer('submission_id').references(() => submissions.id),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_submission').on(t.submissionId)],
);

/**
 * A case's history: status changes, notes (never customer-visible), messages both ways,
 * supplements, assignments. `customerVisible` decides what the customer's view includes.
 */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    submissionId: integer('submission_id').notNull().references(() => submissions.id),
    at: text('at').notNull(),
    kind: text('kind').notNull(), // 'submitted' | 'status' | 'note' | 'message' | 'supplement' | 'assignment'
    actorKind: text('actor_kind').notNull(), // 'customer' | 'handler' | 'system' | 'apiKey'
    actorUserId: integer('actor_user_id').references(() => users.id),
    event: text('event'),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    body: text('body'),
    /** What a row carries beyond its text: an information request's reply deadline, a supplement's changes, a decision's id. */
    detailsJson: text('details_json'),
    customerVisible: integer('customer_visible', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('case_events_submission').on(t.submissionId, t.id)],
);

/**
 * Decisions (päätökset): the document a decision step records, written by the handler, or a PDF
 * they attach, or both, with the appeal instructions the deployment set at that moment. The PDF is
 * stored like an attachment (a random UUID under FILES_DIR) but is never one of the customer's.
 */
export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    submissionId: integer('submission_id').notNull().references(() => submissions.id),
    decidedAt: text('decided_at').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    text: text('text'),
    fileId: text('file_id'),
    fileName: text('file_name'),
    fileSize: integer('file_size'),
    fileSha256: text('file_sha256'),
    appealKind: text('appeal_kind'),
    appealTextJson: text('appeal_text_json'),
  },
  (t) => [
    index('decisions_submission').on(t.submissionId, t.id),
    // The sweep of stray files (attachments/store.ts) asks whether a file is a decision's PDF.
    index('decisions_file').on(t.fileId).where(sql`file_id IS NOT NULL`),
  ],
);

/**
 * How long each decided case took, without the time it waited for the customer
 * (server/estimates/case-timing.ts): written once when the case is first decided, removed when it
 * is cancelled or removed as spam. The index answers a service's processing-time estimate at an
 * authority (count and ranks) from the index alone, however many submissions there are.
 */
export const processingTimes = sqliteTable(
  'processing_times',
  {
    submissionId: integer('submission_id').primaryKey().references(() => submissions.id),
    serviceId: text('service_id').notNull(),
    authorityId: text('authority_id').notNull(),
    decidedAt: text('decided_at').notNull(),
    workingMs: integer('working_ms').notNull(),
  },
  (t) => [index('processing_times_service').on(t.serviceId, t.authorityId, t.workingMs)],
);

/** Which handler has read a case since its last change ("new and unread" in the inbox). */
export const caseReads = sqliteTable(
  'case_reads',
  {
    submissionId: integer('submission_id').notNull().references(() => submissions.id),
    userId: integer('user_id').notNull().references(() => users.id),
    readAt: text('read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.userId] })],
);

// ---- Permit-needs assessments ------------------------------------------------------------------

/**
 * A customer's answers to a published assessment for one municipality (lupatarveselvitys). The
 * result is built anew from these on every read, so a service withdrawn since shows as such.
 * The id is a random token: whoever has the link sees the result; a signed-in customer also
 * finds it under My submissions by `customerEmail`.
 */
export const assessmentResults = sqliteTable(
  'assessment_results',
  {
    id: text('id').primaryKey(),
    packId: integer('pack_id').notNull().references(() => packs.id),
    packVersion: integer('pack_version').notNull(),
    assessmentId: text('assessment_id').notNull(), // AssessmentDefinition.id within the pack
    municipalityCode: text('municipality_code').notNull().references(() => municipalities.code),
    answersJson: text('answers_json').notNull(),
    lang: text('lang').notNull(),
    customerEmail: text('customer_email'), // lower-cased; null when answered without signing in
    createdAt: createdAt(),
  },
  (t) => [index('assessment_results_customer').on(t.customerEmail, t.createdAt)],
);

// ---- Customers' projects (hankkeet) -------------------------------------------------------------

/**
 * A customer's project: shared project data (the pack's `projectData`, of the pack version
 * recorded here) entered once, and permits of many services at many authorities.
 */
export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /**
     * The owner, exactly one of three (the repository writes one and reads the others as null): an
     * e-mail-code customer's verified address (lower-cased as sessions know it), a strongly
     * identified person acting for themselves (their person key, never the henkilötunnus), or a
     * company (Y-tunnus) that a representative acted for.
     */
    ownerEmail: text('owner_email'),
    ownerPersonKey: text('owner_person_key'),
    ownerBusinessId: text('owner_business_id'),
    /** The company's name as the mandates source gave it when the project was started. */
    ownerBusinessName: text('owner_business_name'),
    /** The strongly identified person who started it (a company's representative), by key; null for an e-mail customer. */
    createdByPersonKey: text('created_by_person_key'),
    /** Where its permits' receipts and alerts go; null: the owner's e-mail address. */
    contactEmail: text('contact_email'),
    name: text('name').notNull(),
    municipalityCode: text('municipality_code').notNull().references(() => municipalities.code),
    packId: integer('pack_id').notNull().references(() => packs.id),
    packSlug: text('pack_slug').notNull(),
    /** The pack version whose projectData describes `dataJson`. */
    packVersion: integer('pack_version').notNull(),
    dataJson: text('data_json').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone'),
    /** May each handler see the project's other permits (service, authority, status) and its data. */
    consent: integer('consent', { mode: 'boolean' }).notNull(),
    consentAt: text('consent_at'),
    /** Raised by every change of data, name or contact; a change made on an older one is refused. */
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('projects_owner').on(t.ownerEmail, t.updatedAt),
    index('projects_person').on(t.ownerPersonKey, t.updatedAt),
    index('projects_company').on(t.ownerBusinessId, t.updatedAt),
  ],
);

/** A permit of a project: a draft kept on the server until sent, then the link to its submission. */
export const projectPermits = sqliteTable(
  'project_permits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').notNull().references(() => projects.id),
    deploymentId: integer('deployment_id').notNull().references(() => deployments.id),
    serviceId: text('service_id').notNull(),
    /** The draft's own answers (mapped fields are filled from the project on every read and send). */
    draftJson: text('draft_json').notNull(),
    version: integer('version').notNull().default(1),
    /** The key its send goes with: a retried send answers the first receipt. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    submissionId: integer('submission_id').references(() => submissions.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('project_permits_project').on(t.projectId, t.id), uniqueIndex('project_permits_submission').on(t.submissionId)],
);

/** What happened to a project itself: a change of its data (which fields), for the timeline and stale-version answers. */
export const projectEvents = sqliteTable(
  'project_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').notNull().references(() => projects.id),
    at: text('at').notNull(),
    kind: text('kind').notNull(), // 'data_changed'
    /** The project's version after this change. */
    version: integer('version').notNull(),
    /** JSON: { fields: dotted project data keys, plus 'name' / 'contact' } */
    detailsJson: text('details_json').notNull(),
  },
  (t) => [index('project_events_project').on(t.projectId, t.id)],
);

// ---- Alerts (herätteet) -----------------------------------------------------------------------

/**
 * The outbox: every alert is written in the same transaction as the change that causes it, then
 * delivered by SMTP when configured (retried with backoff), else kept here for admins to see.
 * Alerts to an authority are also shown in its desk until read.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(), // 'new_submission' | 'status_changed' | 'message' | 'supplement' | 'customer_message' | 'sign_in_code' | 'deadline_near'
    audience: text('audience').notNull(), // 'authority' | 'customer' | 'admins'
    authorityId: text('authority_id').references(() => authorities.id),
    submissionId: integer('submission_id').references(() => submissions.id),
    toEmail: text('to_email'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /**
     * A secret the message carries (a sign-in code), encrypted (server/alerts/alert-secret.ts);
     * subject and body hold a placeholder it is put into at delivery. Dropped once delivered or expired.
     */
    secret: text('secret'),
    status: text('status').notNull().default('pending'), // 'pending' | 'sent' | 'failed' | 'kept' (no SMTP) | 'withheld' (its case was removed as spam)
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastError: text('last_error'),
    readAt: text('read_at'), // desk alerts: read by the authority
    createdAt: createdAt(),
    sentAt: text('sent_at'),
  },
  (t) => [
    index('outbox_pending').on(t.status, t.nextAttemptAt),
    index('outbox_authority').on(t.authorityId, t.readAt),
    // Only rows still holding a secret (a sign-in code not yet delivered nor expired) are in it.
    index('outbox_secret').on(t.createdAt).where(sql`secret IS NOT NULL`),
  ],
);

// ---- Audit ------------------------------------------------------------------------------------

/** Who did what, when: status changes, notes, messages, publications, deployments, staff changes. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorKind: text('actor_kind').notNull(), // 'staff' | 'customer' | 'system'
    actorUserId: integer('actor_user_id').references(() => users.id),
    actorEmail: text('actor_email'),
    action: text('action').notNull(), // e.g. 'case.transition', 'pack.publish', 'deployment.create'
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    detailsJson: text('details_json'),
  },
  (t) => [index('audit_target').on(t.targetType, t.targetId)],
);

// ---- Rate limits ------------------------------------------------------------------------------

/**
 * Counters of the rate limits (server/limits/): one fixed window per key, in the database so that
 * limits hold across restarts and whichever instance is asked. Keys hold hashes, never addresses.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  /** When the window ends, in ms since the epoch. */
  windowEnds: integer('window_ends').notNull(),
  count: integer('count').notNull(),
});

// ---- Instance settings ------------------------------------------------------------------------

/** Instance-wide values such as the generated session and CSRF secrets (kept with the data). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * An authority's API keys for its case-management system (server/integration/api-keys.ts): the id
 * is public (lists, the audit log), only the SHA-256 of the secret is kept. Revoked keys stay, so
 * that the audit log's rows keep naming them.
 */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    name: text('name').notNull(),
    secretHash: text('secret_hash').notNull(),
    /** JSON list of ApiKeyScope. */
    scopesJson: text('scopes_json').notNull(),
    /** JSON list of addresses and IPv4 ranges; null: from anywhere. */
    ipAllowJson: text('ip_allow_json'),
    expiresAt: text('expires_at'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    revokedAt: text('revoked_at'),
    lastUsedAt: text('last_used_at'),
  },
  (t) => [index('api_keys_authority').on(t.authorityId, t.createdAt)],
);

/**
 * A case's reference in the authority's case-management system (diaarinumero), as its system
 * acknowledged the case through the integration API: once per case.
 */
export const caseManagementRefs = sqliteTable('case_management_refs', {
  submissionId: integer('submission_id').primaryKey().references(() => submissions.id),
  caseManagementId: text('case_management_id').notNull(),
  acknowledgedAt: text('acknowledged_at').notNull(),
  apiKeyId: text('api_key_id').notNull().references(() => apiKeys.id),
});

// ---- Webhooks ---------------------------------------------------------------------------------

/**
 * An authority's webhook endpoint (server/webhooks/): the events it is subscribed to and its
 * signing secret (Standard Webhooks, `whsec_…`), sealed at rest. After a rotation the previous
 * secret still signs until `previousSecretExpiresAt`. A paused endpoint keeps its deliveries
 * queued until an admin resumes it.
 */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    /** JSON list of WebhookEventType. */
    eventsJson: text('events_json').notNull(),
    secretSealed: text('secret_sealed').notNull(),
    previousSecretSealed: text('previous_secret_sealed'),
    previousSecretExpiresAt: text('previous_secret_expires_at'),
    /** When it was paused after failing deliveries; null while active. */
    pausedAt: text('paused_at'),
    /** Deliveries that failed for good since the last success. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** The first failed attempt since the last success; null while succeeding. */
    failingSince: text('failing_since'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('webhook_endpoints_authority').on(t.authorityId)],
);

/**
 * One event to one endpoint: written in the transaction of the case change the event comes from,
 * so none is lost. `msgId` is the Standard Webhooks message id (the same on every retry);
 * `payloadJson` is the exact body sent. 'pending' rows are due at `nextAttemptAt`; a delivery
 * loop claims one by moving `nextAttemptAt` on with a conditional UPDATE, so each is sent once.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    endpointId: integer('endpoint_id').notNull().references(() => webhookEndpoints.id),
    msgId: text('msg_id').notNull(),
    eventType: text('event_type').notNull(),
    submissionId: integer('submission_id').references(() => submissions.id),
    payloadJson: text('payload_json').notNull(),
    status: text('status').notNull(), // 'pending' | 'delivered' | 'failed'
    /** Attempts in the current round (a redelivery starts a new round). */
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    createdAt: text('created_at').notNull(),
    deliveredAt: text('delivered_at'),
  },
  (t) => [
    index('webhook_deliveries_due').on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index('webhook_deliveries_endpoint').on(t.endpointId, t.id),
  ],
);

/** Every attempt of a delivery: when, the receiver's status code or the error, how long it took. */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deliveryId: integer('delivery_id').notNull().references(() => webhookDeliveries.id),
    at: text('at').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_attempts_delivery').on(t.deliveryId, t.id)],
);
