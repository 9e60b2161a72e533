/**
 * The Kevyt API's contract: each route's inputs and answers as JSON Schema (TypeBox), in one place.
 * The server checks requests with these schemas and serves them as GET /api/openapi.json; the apps
 * and the tests take their types from here (apps: `import type` only, so no schema code reaches a
 * browser bundle). Plain TypeScript: nothing here imports the server or an app.
 */
export type { AppealInstructions, CaseManagementAck, DecisionSchema, Done, ErrorBody, FieldProblem, Names, PersonRef, StatusRef, SupplementChanges } from './common';
export type { Authority, DeploymentForm, Municipality, OfferedService, Offering, PrivacyNotice, Topic } from './reference';
export type { AttachmentInfo, Contact, Receipt, SubmissionBody } from './submissions';
export type { CustomerActionAnswer, MySubmission, MySubmissionSummary } from './customer';
export type { IdentificationStatus } from './identification';
export type { ActingForState, CompanyRef } from './mandates';
export type { RecoveryCodes, StaffMe, StaffRole, TotpEnrolment } from './auth';
export type { AssignAnswer, CaseDetail, CaseTransition, Colleague, DeskAlert, DeskAlertList, DeskService, HistoryEntry, InboxItem, InboxPage, InboxQuery, SpamAnswer, TransitionAnswer } from './desk';
export type { PackDraft, PackProblem, PackSummary, PackVersion, ReviewRequest, SavedDraft, VersionSummary, VersionWithChangelog } from './packs';
export type { AddedStaffMember, Deployment, DeploymentSettings, LanguageGapDetail, NewDeployment, NewStaffMember, OutboxItem, OutboxPage, OutboxState, OverlapDetail, StaffMember, StaffWithAuthenticator } from './admin';
export type { AssessmentQuestions, AssessmentSummary, MyAssessmentResult, PublishedService } from './assessments';
export type { AffectedPermit, CaseProject, DataChangeAnswer, PermitDraft, ProcessingEstimate, Project, ProjectContact, ProjectKind, ProjectPermit, ProjectSummary, SendAllAnswer, TimelineEntry } from './projects';
export type { ApiKeyInfo, CreatedApiKey, NewApiKey, IntegrationAttachment, IntegrationCase, IntegrationCasePage, IntegrationCaseSummary, IntegrationCaseChange } from './integration';
export type { CreatedWebhookEndpoint, NewWebhookEndpoint, RedeliveredCount, RotatedWebhookSecret, WebhookAttempt, WebhookDelivery, WebhookDeliveryState, WebhookEndpoint, WebhookEndpointChanges, WebhookEventType } from './webhooks';
export type { GroupMapping, GroupMappings, SsoProvider } from './staff-sso';
export type { AnswerOf, BodyOf, ParamsOf, QueryOf, RouteContract } from './route';
export { API, allRoutes } from './routes';
