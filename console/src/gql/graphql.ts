/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddAudienceMembersInput = {
  /** Pasted ids: one per line, or separated by commas, semicolons or spaces (at most 10 000). */
  ids: string;
  kind: ParticipantKind;
  pilotId: string | number;
};

export type AnalysisEngine =
  /** Chance to win and risk, with an optional Gaussian prior on the lift. */
  | 'BAYESIAN'
  /** Classic intervals, valid only once the planned sample is reached. */
  | 'FIXED_HORIZON'
  /** Always-valid (sequential) intervals: safe to read every day, may stop early. Default. */
  | 'SEQUENTIAL';

/** What is randomised: customers, or agents (then every customer of an agent gets the agent's variant). */
export type AssignmentUnit =
  | 'AGENT'
  | 'CUSTOMER';

/** DONE: every row imported. REJECTED: bad rows (see errors), nothing imported. CANCELLED, FAILED: nothing imported. */
export type AudienceImportStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'REJECTED'
  | 'RUNNING';

export type CancelAudienceImportInput = {
  importId: string | number;
};

export type ConnectHelpdeskInput = {
  /** E.g. Zendesk production. */
  name: string;
  /** The vendor's signing secret (Zendesk: the webhook's secret; Intercom: the app's client secret). */
  secret: string;
  surveyDelivery?: SurveyDelivery | null | undefined;
  surveyExpiryDays?: number | null | undefined;
  surveyThrottleDays?: number | null | undefined;
  vendor: HelpdeskVendor;
};

/** The control arm always serves the policy's published version. */
export type ControlArmInput = {
  /** Defaults to "control". */
  key?: string | null | undefined;
  name?: string | null | undefined;
  weight: number;
};

export type CreateApiTokenInput = {
  /** What uses it, e.g. zendesk-production. */
  name: string;
};

export type CreatePilotInput = {
  consentRequired?: boolean | null | undefined;
  control: ControlArmInput;
  coverage?: number | null | undefined;
  /** Defaults: see PilotDesignInput. */
  design?: PilotDesignInput | null | undefined;
  hypothesis?: string | null | undefined;
  name: string;
  policyId: string | number;
  /** Shorthand for design.primaryMetric. */
  primaryMetric?: string | null | undefined;
  /** Share (0–1) of solved interactions whose customer is invited to a survey; default 1. */
  surveySampleRate?: number | null | undefined;
  treatments: Array<TreatmentArmInput>;
  /** Defaults to CUSTOMER. */
  unit?: AssignmentUnit | null | undefined;
};

export type CreatePolicyInput = {
  content?: PolicyContentInput | null | undefined;
  description?: string | null | undefined;
  /** A stable slug used by integrations, e.g. returns-and-refunds. */
  key: string;
  name: string;
  versionTitle: string;
};

export type CreatePolicyVersionInput = {
  /** Defaults to the published version. */
  basedOnVersionId?: string | number | null | undefined;
  changeNote?: string | null | undefined;
  content?: PolicyContentInput | null | undefined;
  policyId: string | number;
  reviewBy?: string | null | undefined;
  title: string;
};

/** In a pilot that assigns customers: may any agent serve both arms, or are customers routed by arm? */
export type CustomerRouting =
  /** Agents serve customers of both arms (default); policyFor gives the customer's text. */
  | 'ANY_AGENT'
  /** Customers are routed to their arm's agent group; policyFor names it (agentGroup). */
  | 'BY_ARM';

export type DecisionOutcome =
  | 'KEEP_CONTROL'
  | 'PROMOTE_VARIANT';

export type DisclosureTextInput = {
  dataKept: string;
  duration: string;
  howToLeave: string;
  whatChanges: string;
};

export type EraseCustomerInput = {
  /** The helpdesk's customer id. */
  customerId: string;
};

export type GuardrailInput = {
  /** How much worse it may get: relative (0.02 = 2 %), or points for NPS. */
  margin: number;
  metric: string;
};

export type HelpdeskVendor =
  /** Any other system: policy-pilot's generic event, signed with X-Policy-Pilot-Signature. */
  | 'GENERIC'
  /** Intercom app webhooks, signed with X-Hub-Signature (HMAC-SHA1). */
  | 'INTERCOM'
  /** Zendesk webhooks (ticket events or triggers), signed with HMAC-SHA256. */
  | 'ZENDESK';

export type IntegrationIdInput = {
  integrationId: string | number;
};

export type InvitationDecision =
  /** Not invited: email delivery, but no email address (or SMTP) to send to. */
  | 'NO_CONTACT'
  /** Not invited: outside the pilot's survey sample rate. */
  | 'SAMPLED_OUT'
  /** Invited: a link was made for the customer. */
  | 'SENT'
  /** Not invited: the customer was invited recently (the integration's throttle). */
  | 'THROTTLED';

export type LoginInput = {
  email: string;
  password: string;
};

export type ParticipantKind =
  | 'AGENT'
  | 'CUSTOMER';

/** How the results are analysed. Defaults: primary CSAT; secondary satisfied share and NPS (without the primary); guardrail customer effort, margin 5 %; alpha 0.05; SEQUENTIAL; MDE 5 % (NPS: 5 points); power 0.8. */
export type PilotDesignInput = {
  alpha?: number | null | undefined;
  engine?: AnalysisEngine | null | undefined;
  guardrails?: Array<GuardrailInput> | null | undefined;
  mde?: number | null | undefined;
  power?: number | null | undefined;
  primaryMetric?: string | null | undefined;
  /** Bayesian only; none = a flat prior. */
  prior?: PriorInput | null | undefined;
  /** Metric keys: csat, satisfied, nps, ces, clarity, workability, first_response_median, first_response_p90, resolution_median, resolution_p90, reopen_rate, escalation_rate. */
  secondaryMetrics?: Array<string> | null | undefined;
};

export type PilotIdInput = {
  pilotId: string | number;
};

export type PilotStatus =
  | 'CONCLUDED'
  | 'DRAFT'
  | 'PAUSED'
  | 'RUNNING';

/** Sections to set (Markdown). Omitted sections are copied from the base version. */
export type PolicyContentInput = {
  benchmarks?: string | null | undefined;
  channelsAndHours?: string | null | undefined;
  escalation?: string | null | undefined;
  expectations?: string | null | undefined;
  glossary?: string | null | undefined;
  goals?: string | null | undefined;
  procedures?: string | null | undefined;
  purpose?: string | null | undefined;
};

export type PolicyPreviewInput = {
  /** The helpdesk's agent id; defaults to yours when an admin set it. */
  agentId?: string | null | undefined;
  /** Targeting attributes, as policyFor would receive them. */
  attributes?: unknown;
  /** The helpdesk's customer id. */
  customerId: string;
  /** A policy key or id; without it, every published policy. */
  policy?: string | null | undefined;
  ticketId?: string | null | undefined;
};

export type PolicyPreviewSource =
  | 'PILOT'
  | 'PUBLISHED';

export type PolicyPreviewStatus =
  /** The pilot assigns agents: pass agentId to know which variant applies. */
  | 'AGENT_ID_REQUIRED'
  /** Not assigned and the pilot requires consent: the published version applies until they accept. */
  | 'CONSENT_REQUIRED'
  /** Assigned already: the stored (sticky) variant applies. */
  | 'ENROLLED'
  /** Not assigned yet: `variant` is what their first ask would get. */
  | 'NOT_ENROLLED'
  /** Outside the pilot's coverage or audience: the published version applies. */
  | 'NOT_IN_AUDIENCE'
  /** No running or paused pilot: the published version applies. */
  | 'NO_ACTIVE_PILOT'
  /** They left the beta: the published version applies (still analysed in their arm). */
  | 'OPTED_OUT'
  /** The pilot is paused: the published version applies to everyone. */
  | 'PILOT_PAUSED';

/** A Gaussian prior on the lift (Bayesian engine). */
export type PriorInput = {
  mean: number;
  variance: number;
};

export type PromoteVariantInput = {
  pilotId: string | number;
  rationale: string;
  /** Promote the control's key to keep the published version. */
  variantKey: string;
};

export type PublishPolicyVersionInput = {
  versionId: string | number;
};

export type RateVariantInput = {
  clarity: number;
  comment?: string | null | undefined;
  variantId: string | number;
  workability: number;
};

export type RecommendationAction =
  | 'KEEP_CONTROL'
  | 'KEEP_RUNNING'
  | 'NO_DIFFERENCE'
  | 'SHIP'
  | 'UNHEALTHY';

export type RemoveAudienceMembersInput = {
  /** Ids to take off the list; omitted: clear the whole list of this kind. */
  ids?: Array<string> | null | undefined;
  kind: ParticipantKind;
  pilotId: string | number;
};

export type RetryWebhookEventInput = {
  eventId: string | number;
};

export type RevokeApiTokenInput = {
  tokenId: string | number;
};

export type Role =
  /** Everything, including API tokens. */
  | 'ADMIN'
  /** Reads policies and pilots; asks which policy applies. */
  | 'AGENT'
  /** Publishes versions and promotes pilot variants. */
  | 'MANAGER'
  /** Writes policies and drafts; creates, starts and pauses pilots. */
  | 'OPS'
  /** Reads. */
  | 'VIEWER';

export type SaveDisclosureInput = {
  /** English. */
  en: DisclosureTextInput;
  pilotId: string | number;
  /** Swedish. */
  sv: DisclosureTextInput;
};

export type SetPilotRoutingInput = {
  agentGroups?: Array<VariantAgentGroupInput> | null | undefined;
  pilotId: string | number;
  routing: CustomerRouting;
};

export type SurveyDelivery =
  /** policy-pilot emails the link (needs SMTP_URL and the customer's email in the events). */
  | 'EMAIL'
  /** The helpdesk places the link in its own message (webhook answer, surveyInvitation query). */
  | 'HELPDESK';

export type TreatmentArmInput = {
  key: string;
  name: string;
  /** A DRAFT version of the same policy. */
  policyVersionId: string | number;
  weight: number;
};

export type UpdateIntegrationInput = {
  integrationId: string | number;
  name?: string | null | undefined;
  /** A new signing secret (after rotating it at the vendor). */
  secret?: string | null | undefined;
  surveyDelivery?: SurveyDelivery | null | undefined;
  surveyExpiryDays?: number | null | undefined;
  surveyThrottleDays?: number | null | undefined;
};

export type UpdatePilotAudienceInput = {
  /** GrowthBook condition, e.g. { "region": { "$in": ["EU"] }, "tenure": { "$gte": 12 } }; null or {} admits anyone; omitted keeps it. */
  condition?: unknown;
  /** Share of the audience that enters, above 0 and at most 1. */
  coverage?: number | null | undefined;
  pilotId: string | number;
};

export type UpdatePilotDesignInput = {
  design: PilotDesignInput;
  pilotId: string | number;
};

/** Send only the fields you changed. They are merged into the latest text; the edit conflicts only if someone else changed one of the same fields after baseRevision. */
export type UpdatePolicyVersionInput = {
  /** The draft's revision your edit starts from (PolicyVersion.revision when you loaded it). */
  baseRevision: number;
  changeNote?: string | null | undefined;
  content?: PolicyContentInput | null | undefined;
  reviewBy?: string | null | undefined;
  title?: string | null | undefined;
  versionId: string | number;
};

export type VariantAgentGroupInput = {
  /** The helpdesk's agent group (name or id); empty clears it. */
  agentGroup?: string | null | undefined;
  variantKey: string;
};

export type VersionStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

export type WebhookEventStatus =
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSED';

export type AppViewerQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppViewerQueryQuery = { viewer: { id: string, name: string, email: string, role: Role } | null };

export type AppLogoutMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type AppLogoutMutationMutation = { logout: boolean };

export type AgentRatingPanelQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentRatingPanelQueryQuery = { viewer: { id: string, helpdeskAgentId: string | null } | null, rateableVariants: Array<{ pilotId: string, pilotName: string, pilotUnit: AssignmentUnit, policyName: string, variantId: string, variantKey: string, variantName: string, isControl: boolean, canRate: boolean, nextRatingAt: string | null, reason: string | null, isYourVariant: boolean }> };

export type AgentRatingPanelMutationMutationVariables = Exact<{
  input: RateVariantInput;
}>;


export type AgentRatingPanelMutationMutation = { rateVariant:
    | { __typename: 'AlreadyRatedError', message: string, nextRatingAt: string }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationRateVariantSuccess', data: { id: string, clarity: number, workability: number, weekStart: string, variant: { id: string, name: string } } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PolicyPreviewPoliciesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyPreviewPoliciesQueryQuery = { policies: { edges: Array<{ node: { id: string, key: string, name: string } }> } };

export type PolicyPreviewPanelQueryQueryVariables = Exact<{
  input: PolicyPreviewInput;
}>;


export type PolicyPreviewPanelQueryQuery = { policyPreview:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'QueryPolicyPreviewSuccess', data: { customerId: string, agentId: string | null, ticketId: string | null, inBeta: boolean, entries: Array<{ policyId: string, policyKey: string, policyName: string, status: PolicyPreviewStatus, source: PolicyPreviewSource | null, enrolled: boolean, inBeta: boolean, wouldBeInBeta: boolean, summary: string, pilot: { id: string, name: string, consentRequired: boolean } | null, variant: { id: string, key: string, name: string, isControl: boolean } | null, version: { id: string, number: number, title: string, content: { ' $fragmentRefs'?: { 'PolicySections_PolicyContentFragmentFragment': PolicySections_PolicyContentFragmentFragment } } } | null }> } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type AudiencePanelQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type AudiencePanelQueryQuery = { pilot: { id: string, status: PilotStatus, unit: AssignmentUnit, coverage: number, audience: { condition: unknown, customerCount: number, agentCount: number, customers: Array<string>, agents: Array<string>, eligible: { matching: number, expectedInPilot: number, coverage: number, listed: boolean, evaluatedInProcess: number }, overlap: { participants: number, pilots: Array<{ pilotId: string, name: string, policyName: string, participants: number }> } } } | null };

export type AudiencePanelPreviewQueryQueryVariables = Exact<{
  pilotId: string | number;
  condition?: unknown;
}>;


export type AudiencePanelPreviewQueryQuery = { previewAudienceCount:
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'QueryPreviewAudienceCountSuccess', data: { matching: number, expectedInPilot: number } }
    | { __typename: 'ValidationError', message: string }
   };

export type AudiencePanelSaveMutationMutationVariables = Exact<{
  input: UpdatePilotAudienceInput;
}>;


export type AudiencePanelSaveMutationMutation = { updatePilotAudience:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationUpdatePilotAudienceSuccess', data: { pilot: { id: string, coverage: number } } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type AudiencePanelAddMutationMutationVariables = Exact<{
  input: AddAudienceMembersInput;
}>;


export type AudiencePanelAddMutationMutation = { addAudienceMembers:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationAddAudienceMembersSuccess', data: { added: number | null, given: number | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type AudiencePanelClearMutationMutationVariables = Exact<{
  input: RemoveAudienceMembersInput;
}>;


export type AudiencePanelClearMutationMutation = { removeAudienceMembers:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationRemoveAudienceMembersSuccess', data: { removed: number | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type CsvUploadImportQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type CsvUploadImportQueryQuery = { audienceImport: { id: string, status: AudienceImportStatus, fileName: string, fileBytes: number, progress: number, rowsRead: number, insertedCount: number, updatedCount: number, memberCount: number, errorCount: number, message: string | null, cancelRequested: boolean, errors: Array<{ line: number, id: string, message: string }> } | null };

export type CsvUploadCancelMutationMutationVariables = Exact<{
  input: CancelAudienceImportInput;
}>;


export type CsvUploadCancelMutationMutation = { cancelAudienceImport:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationCancelAudienceImportSuccess', data: { id: string, status: AudienceImportStatus, cancelRequested: boolean } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type NewPilotAudienceMutationMutationVariables = Exact<{
  input: UpdatePilotAudienceInput;
}>;


export type NewPilotAudienceMutationMutation = { updatePilotAudience:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationUpdatePilotAudienceSuccess', data: { pilot: { id: string } } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type LoginPageMutationMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPageMutationMutation = { login:
    | { __typename: 'InvalidCredentialsError', message: string }
    | { __typename: 'MutationLoginSuccess', data: { id: string, name: string, email: string, role: Role } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'RateLimitedError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ApiTokensSectionQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensSectionQueryQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, createdByName: string, revokedAt: string | null }> };

export type ApiTokensSectionCreateMutationMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type ApiTokensSectionCreateMutationMutation = { createApiToken:
    | { __typename: 'MutationCreateApiTokenSuccess', data: { id: string, name: string, secret: string } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ApiTokensSectionRevokeMutationMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type ApiTokensSectionRevokeMutationMutation = { revokeApiToken:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationRevokeApiTokenSuccess', data: { id: string, revokedAt: string | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ConnectHelpdeskFormMutationMutationVariables = Exact<{
  input: ConnectHelpdeskInput;
}>;


export type ConnectHelpdeskFormMutationMutation = { connectHelpdesk:
    | { __typename: 'MutationConnectHelpdeskSuccess', data: { id: string, name: string, vendor: HelpdeskVendor, webhookUrl: string, setupInstructions: Array<string> } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type EraseCustomerSectionMutationMutationVariables = Exact<{
  input: EraseCustomerInput;
}>;


export type EraseCustomerSectionMutationMutation = { eraseCustomer:
    | { __typename: 'MutationEraseCustomerSuccess', data: { participants: number, comments: number, exposures: number, interactions: number, events: number, invitations: number, tokens: number } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type FailedEventsTableQueryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type FailedEventsTableQueryQuery = { node:
    | { __typename: 'AgentRating', id: string }
    | { __typename: 'Assignment', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Decision', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Integration', id: string, failedEvents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ticketId: string, eventType: string, attempts: number, lastError: string | null, receivedAt: string, status: WebhookEventStatus } }> } }
    | { __typename: 'Participant', id: string }
    | { __typename: 'Pilot', id: string }
    | { __typename: 'PilotVariant', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'PolicyVersion', id: string }
    | { __typename: 'SurveyInvitation', id: string }
    | { __typename: 'WebhookEvent', id: string }
   | null };

export type FailedEventsTableRetryMutationMutationVariables = Exact<{
  input: RetryWebhookEventInput;
}>;


export type FailedEventsTableRetryMutationMutation = { retryWebhookEvent:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationRetryWebhookEventSuccess', data: { id: string, status: WebhookEventStatus, attempts: number, lastError: string | null, processedAt: string | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type HelpdeskCard_IntegrationFragmentFragment = (
  { id: string, vendor: HelpdeskVendor, name: string, webhookUrl: string, setupInstructions: Array<string>, createdAt: string, disabledAt: string | null, surveyDelivery: SurveyDelivery, surveyThrottleDays: number, surveyExpiryDays: number, health: { ' $fragmentRefs'?: { 'IntegrationHealthPanel_IntegrationHealthFragmentFragment': IntegrationHealthPanel_IntegrationHealthFragmentFragment } } }
  & { ' $fragmentRefs'?: { 'HelpdeskSettingsForm_IntegrationFragmentFragment': HelpdeskSettingsForm_IntegrationFragmentFragment } }
) & { ' $fragmentName'?: 'HelpdeskCard_IntegrationFragmentFragment' };

export type HelpdeskCardDisableMutationMutationVariables = Exact<{
  input: IntegrationIdInput;
}>;


export type HelpdeskCardDisableMutationMutation = { disableIntegration:
    | { __typename: 'MutationDisableIntegrationSuccess', data: { id: string, disabledAt: string | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type HelpdeskCardEnableMutationMutationVariables = Exact<{
  input: IntegrationIdInput;
}>;


export type HelpdeskCardEnableMutationMutation = { enableIntegration:
    | { __typename: 'MutationEnableIntegrationSuccess', data: { id: string, disabledAt: string | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type HelpdeskListQueryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type HelpdeskListQueryQuery = { integrations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'HelpdeskCard_IntegrationFragmentFragment': HelpdeskCard_IntegrationFragmentFragment } }
      ) }> } };

export type HelpdeskSettingsForm_IntegrationFragmentFragment = { id: string, name: string, vendor: HelpdeskVendor, surveyDelivery: SurveyDelivery, surveyThrottleDays: number, surveyExpiryDays: number } & { ' $fragmentName'?: 'HelpdeskSettingsForm_IntegrationFragmentFragment' };

export type HelpdeskSettingsFormMutationMutationVariables = Exact<{
  input: UpdateIntegrationInput;
}>;


export type HelpdeskSettingsFormMutationMutation = { updateIntegration:
    | { __typename: 'MutationUpdateIntegrationSuccess', data: { id: string, name: string, surveyDelivery: SurveyDelivery, surveyThrottleDays: number, surveyExpiryDays: number } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type IntegrationHealthPanel_IntegrationHealthFragmentFragment = { eventsLast24h: number, replaysLast24h: number, unknownTypesLast24h: number, lastEventAt: string | null, pendingEvents: number, failedEvents: number, medianLagSeconds: number | null, maxLagSeconds: number | null, oldestPendingSeconds: number | null, eventsPerHour: Array<{ hour: string, count: number }>, rejectedLast24h: Array<{ reason: string, count: number }> } & { ' $fragmentName'?: 'IntegrationHealthPanel_IntegrationHealthFragmentFragment' };

export type SurveyOutboxQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SurveyOutboxQueryQuery = { surveyOutbox: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'SurveyOutboxRow_SurveyInvitationFragmentFragment': SurveyOutboxRow_SurveyInvitationFragmentFragment } }
      ) }> } };

export type SurveyOutboxRow_SurveyInvitationFragmentFragment = { id: string, createdAt: string, ticketId: string, customerId: string, decision: InvitationDecision, delivery: SurveyDelivery, emailSentAt: string | null, emailError: string | null, expiresAt: string | null, answeredAt: string | null, pilot: { id: string, name: string }, variant: { id: string, key: string, name: string, isControl: boolean } } & { ' $fragmentName'?: 'SurveyOutboxRow_SurveyInvitationFragmentFragment' };

export type AgentRatingsSectionQueryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type AgentRatingsSectionQueryQuery = { pilot: { id: string, agentRatings: Array<{ variantId: string, variantName: string, isControl: boolean, count: number, meanClarity: number | null, meanWorkability: number | null, commentCount: number }>, agentRatingComments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, comment: string | null, clarity: number, workability: number, weekStart: string, createdAt: string, variant: { id: string, name: string } } }> } } | null };

export type CommentsListQueryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CommentsListQueryQuery = { pilot: { id: string, comments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, comment: string | null, csat: number | null, nps: number | null, createdAt: string, variant: { id: string, name: string } } }> } } | null };

export type DecisionPanel_DecisionFragmentFragment = { id: string, outcome: DecisionOutcome, rationale: string, decidedAt: string, decidedByName: string, variant: { key: string, name: string }, publishedVersion: { id: string, number: number, title: string } | null } & { ' $fragmentName'?: 'DecisionPanel_DecisionFragmentFragment' };

export type DesignFieldsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type DesignFieldsQueryQuery = { metricCatalogue: Array<{ key: string, label: string, difference: string, inverse: boolean, source: string }> };

export type DesignPanel_PilotFragmentFragment = { id: string, status: PilotStatus, design: { primaryMetric: string, secondaryMetrics: Array<string>, alpha: number, engine: AnalysisEngine, priorMean: number | null, priorVariance: number | null, mde: number, power: number, guardrails: Array<{ metric: string, margin: number }>, metrics: Array<{ key: string, label: string, difference: string }> } } & { ' $fragmentName'?: 'DesignPanel_PilotFragmentFragment' };

export type DesignPanelUpdateMutationMutationVariables = Exact<{
  input: UpdatePilotDesignInput;
}>;


export type DesignPanelUpdateMutationMutation = { updatePilotDesign:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationUpdatePilotDesignSuccess', data: (
        { id: string }
        & { ' $fragmentRefs'?: { 'DesignPanel_PilotFragmentFragment': DesignPanel_PilotFragmentFragment } }
      ) }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DisclosurePanelQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type DisclosurePanelQueryQuery = { node:
    | { __typename: 'AgentRating' }
    | { __typename: 'Assignment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Decision' }
    | { __typename: 'Feedback' }
    | { __typename: 'Integration' }
    | { __typename: 'Participant' }
    | { __typename: 'Pilot', id: string, status: PilotStatus, consentRequired: boolean, disclosure: { version: number, createdAt: string, en: { whatChanges: string, duration: string, dataKept: string, howToLeave: string }, sv: { whatChanges: string, duration: string, dataKept: string, howToLeave: string } } | null }
    | { __typename: 'PilotVariant' }
    | { __typename: 'Policy' }
    | { __typename: 'PolicyVersion' }
    | { __typename: 'SurveyInvitation' }
    | { __typename: 'WebhookEvent' }
   | null };

export type DisclosurePanelMutationMutationVariables = Exact<{
  input: SaveDisclosureInput;
}>;


export type DisclosurePanelMutationMutation = { saveDisclosure:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationSaveDisclosureSuccess', data: { version: number } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type NewPilotPageQueryQueryVariables = Exact<{
  id: string;
}>;


export type NewPilotPageQueryQuery = { policy: { id: string, name: string, publishedVersion: { id: string, number: number, title: string } | null, versions: { edges: Array<{ node: { id: string, number: number, title: string, status: VersionStatus } }> } } | null };

export type NewPilotPageMutationMutationVariables = Exact<{
  input: CreatePilotInput;
}>;


export type NewPilotPageMutationMutation = { createPilot:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationCreatePilotSuccess', data: { id: string } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ParticipantsTableQueryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ParticipantsTableQueryQuery = { pilot: { id: string, participants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assignedAt: string, exposureCount: number, feedbackCount: number, participant: { id: string, kind: ParticipantKind, externalId: string }, variant: { id: string, key: string, name: string } } }> } } | null };

export type PilotDetailPageQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type PilotDetailPageQueryQuery = { pilot: (
    { id: string, name: string, hypothesis: string, status: PilotStatus, unit: AssignmentUnit, coverage: number, consentRequired: boolean, primaryMetric: string, surveySampleRate: number, createdAt: string, startedAt: string | null, pausedAt: string | null, concludedAt: string | null, participantCount: number, feedbackCount: number, policy: { id: string, name: string, key: string }, variants: Array<{ id: string }>, results: { ' $fragmentRefs'?: { 'RecommendationPanel_PilotResultsFragmentFragment': RecommendationPanel_PilotResultsFragmentFragment;'ResultsTable_PilotResultsFragmentFragment': ResultsTable_PilotResultsFragmentFragment } }, decision: (
      { id: string, decidedAt: string, resultsSnapshot: { ' $fragmentRefs'?: { 'RecommendationPanel_PilotResultsFragmentFragment': RecommendationPanel_PilotResultsFragmentFragment;'ResultsTable_PilotResultsFragmentFragment': ResultsTable_PilotResultsFragmentFragment } } }
      & { ' $fragmentRefs'?: { 'DecisionPanel_DecisionFragmentFragment': DecisionPanel_DecisionFragmentFragment } }
    ) | null }
    & { ' $fragmentRefs'?: { 'VariantsTable_PilotFragmentFragment': VariantsTable_PilotFragmentFragment;'PromoteDialog_PilotFragmentFragment': PromoteDialog_PilotFragmentFragment;'DesignPanel_PilotFragmentFragment': DesignPanel_PilotFragmentFragment } }
  ) | null };

export type PilotDetailPageStartMutationMutationVariables = Exact<{
  input: PilotIdInput;
}>;


export type PilotDetailPageStartMutationMutation = { startPilot:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationStartPilotSuccess', data: { id: string, status: PilotStatus, startedAt: string | null, pausedAt: string | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type PilotDetailPagePauseMutationMutationVariables = Exact<{
  input: PilotIdInput;
}>;


export type PilotDetailPagePauseMutationMutation = { pausePilot:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationPausePilotSuccess', data: { id: string, status: PilotStatus, pausedAt: string | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type PilotRow_PilotFragmentFragment = { id: string, name: string, status: PilotStatus, unit: AssignmentUnit, startedAt: string | null, concludedAt: string | null, participantCount: number, feedbackCount: number, policy: { id: string, name: string } } & { ' $fragmentName'?: 'PilotRow_PilotFragmentFragment' };

export type PilotsPageQueryQueryVariables = Exact<{
  status?: Array<PilotStatus> | PilotStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PilotsPageQueryQuery = { pilots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'PilotRow_PilotFragmentFragment': PilotRow_PilotFragmentFragment } }
      ) }> } };

export type PromoteDialog_PilotFragmentFragment = { id: string, variants: Array<{ id: string, key: string, name: string, isControl: boolean, policyVersion: { number: number } }>, results: { recommendation: { action: RecommendationAction, variantKey: string | null } | null } } & { ' $fragmentName'?: 'PromoteDialog_PilotFragmentFragment' };

export type PromoteDialogMutationMutationVariables = Exact<{
  input: PromoteVariantInput;
}>;


export type PromoteDialogMutationMutation = { promoteVariant:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationPromoteVariantSuccess', data: { id: string, outcome: DecisionOutcome, publishedVersion: { id: string, number: number, policy: { id: string } } | null } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RecommendationPanel_PilotResultsFragmentFragment = { requiredPerArm: number | null, daysRemaining: number | null, plannedSampleReached: boolean | null, design: { primaryMetric: string, mde: number, power: number, metrics: Array<{ key: string, label: string, difference: string }> }, recommendation: { action: RecommendationAction, variantKey: string | null, headline: string, reasons: Array<string> } | null } & { ' $fragmentName'?: 'RecommendationPanel_PilotResultsFragmentFragment' };

export type ResultsHealth_PilotResultsFragmentFragment = { healthStatus: string, healthChecks: Array<{ code: string, status: string, pValue: number | null, text: string }>, phases: Array<{ number: number, startedAt: string | null, srmPValue: number, arms: Array<{ key: string, weight: number, participants: number }> }> } & { ' $fragmentName'?: 'ResultsHealth_PilotResultsFragmentFragment' };

export type ResultsTable_PilotResultsFragmentFragment = (
  { alpha: number, engine: AnalysisEngine, correction: string, srmPValue: number, srmHealthy: boolean, totalParticipants: number, totalResponses: number, computedAt: string, csv: string, metrics: Array<{ key: string, label: string, role: string }>, variants: Array<(
    { variantId: string }
    & { ' $fragmentRefs'?: { 'VariantResultRow_VariantResultFragmentFragment': VariantResultRow_VariantResultFragmentFragment } }
  )> }
  & { ' $fragmentRefs'?: { 'ResultsHealth_PilotResultsFragmentFragment': ResultsHealth_PilotResultsFragmentFragment } }
) & { ' $fragmentName'?: 'ResultsTable_PilotResultsFragmentFragment' };

export type RoutingPanelQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type RoutingPanelQueryQuery = { node:
    | { __typename: 'AgentRating' }
    | { __typename: 'Assignment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Decision' }
    | { __typename: 'Feedback' }
    | { __typename: 'Integration' }
    | { __typename: 'Participant' }
    | { __typename: 'Pilot', id: string, unit: AssignmentUnit, status: PilotStatus, customerRouting: CustomerRouting, consistencyViolations: number, variants: Array<{ id: string, key: string, name: string, agentGroup: string | null }> }
    | { __typename: 'PilotVariant' }
    | { __typename: 'Policy' }
    | { __typename: 'PolicyVersion' }
    | { __typename: 'SurveyInvitation' }
    | { __typename: 'WebhookEvent' }
   | null };

export type RoutingPanelMutationMutationVariables = Exact<{
  input: SetPilotRoutingInput;
}>;


export type RoutingPanelMutationMutation = { setPilotRouting:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationSetPilotRoutingSuccess', data: { id: string, customerRouting: CustomerRouting, variants: Array<{ id: string, agentGroup: string | null }> } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SurveyFairnessPanelQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyFairnessPanelQueryQuery = { node:
    | { __typename: 'AgentRating' }
    | { __typename: 'Assignment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Decision' }
    | { __typename: 'Feedback' }
    | { __typename: 'Integration' }
    | { __typename: 'Participant' }
    | { __typename: 'Pilot', id: string, consentRequired: boolean, surveyFairness: { arms: Array<{ variantId: string, variantName: string, assigned: number, withdrawn: number, sent: number, throttled: number, sampledOut: number, noContact: number, opened: number, answered: number }>, consents: { pending: number, accepted: number, declined: number }, responseRate: { pValue: number, imbalanced: boolean, rates: Array<number> }, withdrawalRate: { pValue: number, imbalanced: boolean, rates: Array<number> } } }
    | { __typename: 'PilotVariant' }
    | { __typename: 'Policy' }
    | { __typename: 'PolicyVersion' }
    | { __typename: 'SurveyInvitation' }
    | { __typename: 'WebhookEvent' }
   | null };

export type VariantResultRow_VariantResultFragmentFragment = { variantId: string, key: string, name: string, isControl: boolean, weight: number, participants: number, exposures: number, csatN: number, csatMean: number | null, satisfiedShare: number | null, npsN: number, nps: number | null, cesN: number, cesMean: number | null, comments: number, comparisons: Array<{ metric: string, role: string, difference: string, estimate: number, intervalLow: number, intervalHigh: number, pValueText: string | null, adjustedPValueText: string | null, chanceToWin: number | null, riskIfShipped: number | null, verdict: string, error: string | null, guardrailMargin: number | null }> } & { ' $fragmentName'?: 'VariantResultRow_VariantResultFragmentFragment' };

export type VariantsTable_PilotFragmentFragment = { variants: Array<{ id: string, key: string, name: string, weight: number, isControl: boolean, participantCount: number, policyVersion: { id: string, number: number, title: string, status: VersionStatus } }> } & { ' $fragmentName'?: 'VariantsTable_PilotFragmentFragment' };

export type EditDraftForm_PolicyVersionFragmentFragment = { id: string, title: string, changeNote: string, reviewBy: string | null, revision: number, content: { purpose: string, goals: string, expectations: string, procedures: string, escalation: string, channelsAndHours: string, benchmarks: string, glossary: string } } & { ' $fragmentName'?: 'EditDraftForm_PolicyVersionFragmentFragment' };

export type EditDraftFormMutationMutationVariables = Exact<{
  input: UpdatePolicyVersionInput;
}>;


export type EditDraftFormMutationMutation = { updatePolicyVersion:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'EditConflictError', message: string, currentRevision: number, changedByName: string, changedAt: string, conflicts: Array<{ field: string, label: string, theirs: string, yours: string, changedByName: string, changedAt: string }> }
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationUpdatePolicyVersionSuccess', data: { id: string, title: string, changeNote: string, reviewBy: string | null, revision: number, content: { purpose: string, goals: string, expectations: string, procedures: string, escalation: string, channelsAndHours: string, benchmarks: string, glossary: string, sections: Array<{ key: string, title: string, body: string }> } } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type NewDraftForm_PolicyVersionFragmentFragment = { id: string, number: number, content: { purpose: string, goals: string, expectations: string, procedures: string, escalation: string, channelsAndHours: string, benchmarks: string, glossary: string } } & { ' $fragmentName'?: 'NewDraftForm_PolicyVersionFragmentFragment' };

export type NewDraftFormMutationMutationVariables = Exact<{
  input: CreatePolicyVersionInput;
}>;


export type NewDraftFormMutationMutation = { createPolicyVersion:
    | { __typename: 'MutationCreatePolicyVersionSuccess', data: { id: string } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type NewPolicyFormMutationMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type NewPolicyFormMutationMutation = { createPolicy:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MutationCreatePolicySuccess', data: { id: string } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PoliciesPageQueryQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PoliciesPageQueryQuery = { policies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'PolicyRow_PolicyFragmentFragment': PolicyRow_PolicyFragmentFragment } }
      ) }> } };

export type PolicyDetailPageQueryQueryVariables = Exact<{
  id: string;
  policyId: string | number;
}>;


export type PolicyDetailPageQueryQuery = { policy: (
    { id: string, key: string, name: string, description: string, publishedVersion: (
      { id: string }
      & { ' $fragmentRefs'?: { 'PublishedVersionPanel_PolicyVersionFragmentFragment': PublishedVersionPanel_PolicyVersionFragmentFragment;'NewDraftForm_PolicyVersionFragmentFragment': NewDraftForm_PolicyVersionFragmentFragment } }
    ) | null }
    & { ' $fragmentRefs'?: { 'VersionsTable_PolicyFragmentFragment': VersionsTable_PolicyFragmentFragment } }
  ) | null, pilots: { edges: Array<{ node: { id: string, name: string, status: PilotStatus, startedAt: string | null, participantCount: number } }> } };

export type PolicyRow_PolicyFragmentFragment = { id: string, key: string, name: string, updatedAt: string, draftCount: number, publishedVersion: { id: string, number: number, title: string, reviewBy: string | null } | null } & { ' $fragmentName'?: 'PolicyRow_PolicyFragmentFragment' };

export type PolicySections_PolicyContentFragmentFragment = { sections: Array<{ key: string, title: string, body: string }> } & { ' $fragmentName'?: 'PolicySections_PolicyContentFragmentFragment' };

export type PublishedVersionPanel_PolicyVersionFragmentFragment = { id: string, number: number, title: string, changeNote: string, reviewBy: string | null, publishedAt: string | null, publishedByName: string | null, content: { ' $fragmentRefs'?: { 'PolicySections_PolicyContentFragmentFragment': PolicySections_PolicyContentFragmentFragment } } } & { ' $fragmentName'?: 'PublishedVersionPanel_PolicyVersionFragmentFragment' };

export type VersionPageQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type VersionPageQueryQuery = { node:
    | { __typename: 'AgentRating' }
    | { __typename: 'Assignment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Decision' }
    | { __typename: 'Feedback' }
    | { __typename: 'Integration' }
    | { __typename: 'Participant' }
    | { __typename: 'Pilot' }
    | { __typename: 'PilotVariant' }
    | { __typename: 'Policy' }
    | (
      { __typename: 'PolicyVersion', id: string, number: number, title: string, status: VersionStatus, changeNote: string, reviewBy: string | null, createdAt: string, publishedAt: string | null, archivedAt: string | null, createdByName: string | null, publishedByName: string | null, content: { ' $fragmentRefs'?: { 'PolicySections_PolicyContentFragmentFragment': PolicySections_PolicyContentFragmentFragment } }, basedOn: { id: string, number: number } | null, policy: { id: string, name: string, key: string, publishedVersion: { id: string, number: number } | null } }
      & { ' $fragmentRefs'?: { 'EditDraftForm_PolicyVersionFragmentFragment': EditDraftForm_PolicyVersionFragmentFragment } }
    )
    | { __typename: 'SurveyInvitation' }
    | { __typename: 'WebhookEvent' }
   | null };

export type VersionPagePublishMutationMutationVariables = Exact<{
  input: PublishPolicyVersionInput;
}>;


export type VersionPagePublishMutationMutation = { publishPolicyVersion:
    | { __typename: 'InvalidStateError', message: string }
    | { __typename: 'MutationPublishPolicyVersionSuccess', data: { id: string, status: VersionStatus, publishedAt: string | null, publishedByName: string | null, policy: { id: string } } }
    | { __typename: 'NotAuthorizedError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type VersionsTable_PolicyFragmentFragment = { versions: { totalCount: number, edges: Array<{ node: { id: string, number: number, title: string, status: VersionStatus, changeNote: string, createdAt: string, createdByName: string | null, basedOn: { id: string, number: number } | null } }> } } & { ' $fragmentName'?: 'VersionsTable_PolicyFragmentFragment' };

export const IntegrationHealthPanel_IntegrationHealthFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationHealthPanel_IntegrationHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"replaysLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"unknownTypesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEvents"}},{"kind":"Field","name":{"kind":"Name","value":"failedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"medianLagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"eventsPerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLast24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<IntegrationHealthPanel_IntegrationHealthFragmentFragment, unknown>;
export const HelpdeskSettingsForm_IntegrationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HelpdeskSettingsForm_IntegrationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"surveyThrottleDays"}},{"kind":"Field","name":{"kind":"Name","value":"surveyExpiryDays"}}]}}]} as unknown as DocumentNode<HelpdeskSettingsForm_IntegrationFragmentFragment, unknown>;
export const HelpdeskCard_IntegrationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HelpdeskCard_IntegrationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"setupInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"surveyThrottleDays"}},{"kind":"Field","name":{"kind":"Name","value":"surveyExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationHealthPanel_IntegrationHealthFragment"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HelpdeskSettingsForm_IntegrationFragment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationHealthPanel_IntegrationHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"replaysLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"unknownTypesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEvents"}},{"kind":"Field","name":{"kind":"Name","value":"failedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"medianLagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"eventsPerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLast24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HelpdeskSettingsForm_IntegrationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"surveyThrottleDays"}},{"kind":"Field","name":{"kind":"Name","value":"surveyExpiryDays"}}]}}]} as unknown as DocumentNode<HelpdeskCard_IntegrationFragmentFragment, unknown>;
export const SurveyOutboxRow_SurveyInvitationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyOutboxRow_SurveyInvitationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"emailSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailError"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}}]}}]}}]} as unknown as DocumentNode<SurveyOutboxRow_SurveyInvitationFragmentFragment, unknown>;
export const DecisionPanel_DecisionFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPanel_DecisionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DecisionPanel_DecisionFragmentFragment, unknown>;
export const DesignPanel_PilotFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DesignPanel_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"design"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryMetric"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMetrics"}},{"kind":"Field","name":{"kind":"Name","value":"alpha"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"priorMean"}},{"kind":"Field","name":{"kind":"Name","value":"priorVariance"}},{"kind":"Field","name":{"kind":"Name","value":"mde"}},{"kind":"Field","name":{"kind":"Name","value":"power"}},{"kind":"Field","name":{"kind":"Name","value":"guardrails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}}]}}]} as unknown as DocumentNode<DesignPanel_PilotFragmentFragment, unknown>;
export const PilotRow_PilotFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotRow_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackCount"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PilotRow_PilotFragmentFragment, unknown>;
export const PromoteDialog_PilotFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromoteDialog_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"variantKey"}}]}}]}}]}}]} as unknown as DocumentNode<PromoteDialog_PilotFragmentFragment, unknown>;
export const RecommendationPanel_PilotResultsFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationPanel_PilotResultsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredPerArm"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSampleReached"}},{"kind":"Field","name":{"kind":"Name","value":"design"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryMetric"}},{"kind":"Field","name":{"kind":"Name","value":"mde"}},{"kind":"Field","name":{"kind":"Name","value":"power"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"variantKey"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<RecommendationPanel_PilotResultsFragmentFragment, unknown>;
export const VariantResultRow_VariantResultFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantResultRow_VariantResultFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"}},{"kind":"Field","name":{"kind":"Name","value":"csatN"}},{"kind":"Field","name":{"kind":"Name","value":"csatMean"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"npsN"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"cesN"}},{"kind":"Field","name":{"kind":"Name","value":"cesMean"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLow"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHigh"}},{"kind":"Field","name":{"kind":"Name","value":"pValueText"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedPValueText"}},{"kind":"Field","name":{"kind":"Name","value":"chanceToWin"}},{"kind":"Field","name":{"kind":"Name","value":"riskIfShipped"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"guardrailMargin"}}]}}]}}]} as unknown as DocumentNode<VariantResultRow_VariantResultFragmentFragment, unknown>;
export const ResultsHealth_PilotResultsFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsHealth_PilotResultsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"healthChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"srmPValue"}},{"kind":"Field","name":{"kind":"Name","value":"arms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]} as unknown as DocumentNode<ResultsHealth_PilotResultsFragmentFragment, unknown>;
export const ResultsTable_PilotResultsFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsTable_PilotResultsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alpha"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"srmPValue"}},{"kind":"Field","name":{"kind":"Name","value":"srmHealthy"}},{"kind":"Field","name":{"kind":"Name","value":"totalParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"totalResponses"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantResultRow_VariantResultFragment"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultsHealth_PilotResultsFragment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantResultRow_VariantResultFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"}},{"kind":"Field","name":{"kind":"Name","value":"csatN"}},{"kind":"Field","name":{"kind":"Name","value":"csatMean"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"npsN"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"cesN"}},{"kind":"Field","name":{"kind":"Name","value":"cesMean"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLow"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHigh"}},{"kind":"Field","name":{"kind":"Name","value":"pValueText"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedPValueText"}},{"kind":"Field","name":{"kind":"Name","value":"chanceToWin"}},{"kind":"Field","name":{"kind":"Name","value":"riskIfShipped"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"guardrailMargin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsHealth_PilotResultsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"healthChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"srmPValue"}},{"kind":"Field","name":{"kind":"Name","value":"arms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]} as unknown as DocumentNode<ResultsTable_PilotResultsFragmentFragment, unknown>;
export const VariantsTable_PilotFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantsTable_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<VariantsTable_PilotFragmentFragment, unknown>;
export const EditDraftForm_PolicyVersionFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDraftForm_PolicyVersionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBy"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"expectations"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"channelsAndHours"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"}}]}}]}}]} as unknown as DocumentNode<EditDraftForm_PolicyVersionFragmentFragment, unknown>;
export const NewDraftForm_PolicyVersionFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewDraftForm_PolicyVersionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"expectations"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"channelsAndHours"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"}}]}}]}}]} as unknown as DocumentNode<NewDraftForm_PolicyVersionFragmentFragment, unknown>;
export const PolicyRow_PolicyFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRow_PolicyFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBy"}}]}}]}}]} as unknown as DocumentNode<PolicyRow_PolicyFragmentFragment, unknown>;
export const PolicySections_PolicyContentFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<PolicySections_PolicyContentFragmentFragment, unknown>;
export const PublishedVersionPanel_PolicyVersionFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedVersionPanel_PolicyVersionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<PublishedVersionPanel_PolicyVersionFragmentFragment, unknown>;
export const VersionsTable_PolicyFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionsTable_PolicyFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VersionsTable_PolicyFragmentFragment, unknown>;
export const AppViewerQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppViewerQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AppViewerQueryQuery, AppViewerQueryQueryVariables>;
export const AppLogoutMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppLogoutMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<AppLogoutMutationMutation, AppLogoutMutationMutationVariables>;
export const AgentRatingPanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentRatingPanelQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"helpdeskAgentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateableVariants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotId"}},{"kind":"Field","name":{"kind":"Name","value":"pilotName"}},{"kind":"Field","name":{"kind":"Name","value":"pilotUnit"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"variantKey"}},{"kind":"Field","name":{"kind":"Name","value":"variantName"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"nextRatingAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isYourVariant"}}]}}]}}]} as unknown as DocumentNode<AgentRatingPanelQueryQuery, AgentRatingPanelQueryQueryVariables>;
export const AgentRatingPanelMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentRatingPanelMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateVariantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyRatedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextRatingAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRateVariantSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clarity"}},{"kind":"Field","name":{"kind":"Name","value":"workability"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentRatingPanelMutationMutation, AgentRatingPanelMutationMutationVariables>;
export const PolicyPreviewPoliciesQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyPreviewPoliciesQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyPreviewPoliciesQueryQuery, PolicyPreviewPoliciesQueryQueryVariables>;
export const PolicyPreviewPanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyPreviewPanelQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryPolicyPreviewSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"inBeta"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"inBeta"}},{"kind":"Field","name":{"kind":"Name","value":"wouldBeInBeta"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"consentRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<PolicyPreviewPanelQueryQuery, PolicyPreviewPanelQueryQueryVariables>;
export const AudiencePanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AudiencePanelQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}]},{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}]},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matching"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInPilot"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedInProcess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"pilots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AudiencePanelQueryQuery, AudiencePanelQueryQueryVariables>;
export const AudiencePanelPreviewQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AudiencePanelPreviewQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pilotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"condition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAudienceCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pilotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pilotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"condition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryPreviewAudienceCountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matching"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInPilot"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AudiencePanelPreviewQueryQuery, AudiencePanelPreviewQueryQueryVariables>;
export const AudiencePanelSaveMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AudiencePanelSaveMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePilotAudienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePilotAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdatePilotAudienceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AudiencePanelSaveMutationMutation, AudiencePanelSaveMutationMutationVariables>;
export const AudiencePanelAddMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AudiencePanelAddMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAudienceMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAudienceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationAddAudienceMembersSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"given"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AudiencePanelAddMutationMutation, AudiencePanelAddMutationMutationVariables>;
export const AudiencePanelClearMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AudiencePanelClearMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAudienceMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAudienceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRemoveAudienceMembersSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AudiencePanelClearMutationMutation, AudiencePanelClearMutationMutationVariables>;
export const CsvUploadImportQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsvUploadImportQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audienceImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CsvUploadImportQueryQuery, CsvUploadImportQueryQueryVariables>;
export const CsvUploadCancelMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CsvUploadCancelMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAudienceImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAudienceImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCancelAudienceImportSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CsvUploadCancelMutationMutation, CsvUploadCancelMutationMutationVariables>;
export const NewPilotAudienceMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewPilotAudienceMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePilotAudienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePilotAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdatePilotAudienceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewPilotAudienceMutationMutation, NewPilotAudienceMutationMutationVariables>;
export const LoginPageMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPageMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationLoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginPageMutationMutation, LoginPageMutationMutationVariables>;
export const ApiTokensSectionQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokensSectionQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensSectionQueryQuery, ApiTokensSectionQueryQueryVariables>;
export const ApiTokensSectionCreateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokensSectionCreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateApiTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensSectionCreateMutationMutation, ApiTokensSectionCreateMutationMutationVariables>;
export const ApiTokensSectionRevokeMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokensSectionRevokeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRevokeApiTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensSectionRevokeMutationMutation, ApiTokensSectionRevokeMutationMutationVariables>;
export const ConnectHelpdeskFormMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectHelpdeskFormMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectHelpdeskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectHelpdesk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationConnectHelpdeskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"setupInstructions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectHelpdeskFormMutationMutation, ConnectHelpdeskFormMutationMutationVariables>;
export const EraseCustomerSectionMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseCustomerSectionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationEraseCustomerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EraseCustomerSectionMutationMutation, EraseCustomerSectionMutationMutationVariables>;
export const FailedEventsTableQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedEventsTableQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FailedEventsTableQueryQuery, FailedEventsTableQueryQueryVariables>;
export const FailedEventsTableRetryMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FailedEventsTableRetryMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryWebhookEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryWebhookEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRetryWebhookEventSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"processedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FailedEventsTableRetryMutationMutation, FailedEventsTableRetryMutationMutationVariables>;
export const HelpdeskCardDisableMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpdeskCardDisableMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDisableIntegrationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpdeskCardDisableMutationMutation, HelpdeskCardDisableMutationMutationVariables>;
export const HelpdeskCardEnableMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpdeskCardEnableMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationEnableIntegrationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpdeskCardEnableMutationMutation, HelpdeskCardEnableMutationMutationVariables>;
export const HelpdeskListQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpdeskListQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HelpdeskCard_IntegrationFragment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationHealthPanel_IntegrationHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"replaysLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"unknownTypesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEvents"}},{"kind":"Field","name":{"kind":"Name","value":"failedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"medianLagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"eventsPerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLast24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HelpdeskSettingsForm_IntegrationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"surveyThrottleDays"}},{"kind":"Field","name":{"kind":"Name","value":"surveyExpiryDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HelpdeskCard_IntegrationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"setupInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"surveyThrottleDays"}},{"kind":"Field","name":{"kind":"Name","value":"surveyExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationHealthPanel_IntegrationHealthFragment"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HelpdeskSettingsForm_IntegrationFragment"}}]}}]} as unknown as DocumentNode<HelpdeskListQueryQuery, HelpdeskListQueryQueryVariables>;
export const HelpdeskSettingsFormMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpdeskSettingsFormMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIntegrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateIntegrationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"surveyThrottleDays"}},{"kind":"Field","name":{"kind":"Name","value":"surveyExpiryDays"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpdeskSettingsFormMutationMutation, HelpdeskSettingsFormMutationMutationVariables>;
export const SurveyOutboxQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyOutboxQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyOutboxRow_SurveyInvitationFragment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyOutboxRow_SurveyInvitationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"emailSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailError"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}}]}}]}}]} as unknown as DocumentNode<SurveyOutboxQueryQuery, SurveyOutboxQueryQueryVariables>;
export const AgentRatingsSectionQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentRatingsSectionQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"variantName"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanClarity"}},{"kind":"Field","name":{"kind":"Name","value":"meanWorkability"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentRatingComments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"clarity"}},{"kind":"Field","name":{"kind":"Name","value":"workability"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentRatingsSectionQueryQuery, AgentRatingsSectionQueryQueryVariables>;
export const CommentsListQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentsListQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsListQueryQuery, CommentsListQueryQueryVariables>;
export const DesignFieldsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DesignFieldsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<DesignFieldsQueryQuery, DesignFieldsQueryQueryVariables>;
export const DesignPanelUpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignPanelUpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePilotDesignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePilotDesign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdatePilotDesignSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DesignPanel_PilotFragment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DesignPanel_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"design"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryMetric"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMetrics"}},{"kind":"Field","name":{"kind":"Name","value":"alpha"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"priorMean"}},{"kind":"Field","name":{"kind":"Name","value":"priorVariance"}},{"kind":"Field","name":{"kind":"Name","value":"mde"}},{"kind":"Field","name":{"kind":"Name","value":"power"}},{"kind":"Field","name":{"kind":"Name","value":"guardrails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}}]}}]} as unknown as DocumentNode<DesignPanelUpdateMutationMutation, DesignPanelUpdateMutationMutationVariables>;
export const DisclosurePanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosurePanelQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"en"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatChanges"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"dataKept"}},{"kind":"Field","name":{"kind":"Name","value":"howToLeave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatChanges"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"dataKept"}},{"kind":"Field","name":{"kind":"Name","value":"howToLeave"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosurePanelQueryQuery, DisclosurePanelQueryQueryVariables>;
export const DisclosurePanelMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisclosurePanelMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDisclosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationSaveDisclosureSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosurePanelMutationMutation, DisclosurePanelMutationMutationVariables>;
export const NewPilotPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewPilotPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idOrKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewPilotPageQueryQuery, NewPilotPageQueryQueryVariables>;
export const NewPilotPageMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewPilotPageMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreatePilotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewPilotPageMutationMutation, NewPilotPageMutationMutationVariables>;
export const ParticipantsTableQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantsTableQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exposureCount"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackCount"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantsTableQueryQuery, ParticipantsTableQueryQueryVariables>;
export const PilotDetailPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotDetailPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"consentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMetric"}},{"kind":"Field","name":{"kind":"Name","value":"surveySampleRate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackCount"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationPanel_PilotResultsFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultsTable_PilotResultsFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPanel_DecisionFragment"}},{"kind":"Field","name":{"kind":"Name","value":"resultsSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationPanel_PilotResultsFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultsTable_PilotResultsFragment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantsTable_PilotFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromoteDialog_PilotFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DesignPanel_PilotFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantResultRow_VariantResultFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"}},{"kind":"Field","name":{"kind":"Name","value":"csatN"}},{"kind":"Field","name":{"kind":"Name","value":"csatMean"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"npsN"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"cesN"}},{"kind":"Field","name":{"kind":"Name","value":"cesMean"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLow"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHigh"}},{"kind":"Field","name":{"kind":"Name","value":"pValueText"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedPValueText"}},{"kind":"Field","name":{"kind":"Name","value":"chanceToWin"}},{"kind":"Field","name":{"kind":"Name","value":"riskIfShipped"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"guardrailMargin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsHealth_PilotResultsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"healthChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"srmPValue"}},{"kind":"Field","name":{"kind":"Name","value":"arms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationPanel_PilotResultsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredPerArm"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSampleReached"}},{"kind":"Field","name":{"kind":"Name","value":"design"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryMetric"}},{"kind":"Field","name":{"kind":"Name","value":"mde"}},{"kind":"Field","name":{"kind":"Name","value":"power"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"variantKey"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsTable_PilotResultsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alpha"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"srmPValue"}},{"kind":"Field","name":{"kind":"Name","value":"srmHealthy"}},{"kind":"Field","name":{"kind":"Name","value":"totalParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"totalResponses"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantResultRow_VariantResultFragment"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultsHealth_PilotResultsFragment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPanel_DecisionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantsTable_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromoteDialog_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isControl"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"variantKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DesignPanel_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"design"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryMetric"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMetrics"}},{"kind":"Field","name":{"kind":"Name","value":"alpha"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"priorMean"}},{"kind":"Field","name":{"kind":"Name","value":"priorVariance"}},{"kind":"Field","name":{"kind":"Name","value":"mde"}},{"kind":"Field","name":{"kind":"Name","value":"power"}},{"kind":"Field","name":{"kind":"Name","value":"guardrails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}}]}}]} as unknown as DocumentNode<PilotDetailPageQueryQuery, PilotDetailPageQueryQueryVariables>;
export const PilotDetailPageStartMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PilotDetailPageStartMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PilotIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationStartPilotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PilotDetailPageStartMutationMutation, PilotDetailPageStartMutationMutationVariables>;
export const PilotDetailPagePauseMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PilotDetailPagePauseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PilotIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pausePilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationPausePilotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PilotDetailPagePauseMutationMutation, PilotDetailPagePauseMutationMutationVariables>;
export const PilotsPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotsPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PilotStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotRow_PilotFragment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotRow_PilotFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackCount"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PilotsPageQueryQuery, PilotsPageQueryQueryVariables>;
export const PromoteDialogMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromoteDialogMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromoteVariantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoteVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationPromoteVariantSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PromoteDialogMutationMutation, PromoteDialogMutationMutationVariables>;
export const RoutingPanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingPanelQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerRouting"}},{"kind":"Field","name":{"kind":"Name","value":"consistencyViolations"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agentGroup"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingPanelQueryQuery, RoutingPanelQueryQueryVariables>;
export const RoutingPanelMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoutingPanelMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPilotRoutingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPilotRouting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationSetPilotRoutingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerRouting"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentGroup"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingPanelMutationMutation, RoutingPanelMutationMutationVariables>;
export const SurveyFairnessPanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyFairnessPanelQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"surveyFairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"variantName"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"throttled"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOut"}},{"kind":"Field","name":{"kind":"Name","value":"noContact"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"imbalanced"}},{"kind":"Field","name":{"kind":"Name","value":"rates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"imbalanced"}},{"kind":"Field","name":{"kind":"Name","value":"rates"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyFairnessPanelQueryQuery, SurveyFairnessPanelQueryQueryVariables>;
export const EditDraftFormMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditDraftFormMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePolicyVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"theirs"}},{"kind":"Field","name":{"kind":"Name","value":"yours"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdatePolicyVersionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBy"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"expectations"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"channelsAndHours"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditDraftFormMutationMutation, EditDraftFormMutationMutationVariables>;
export const NewDraftFormMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewDraftFormMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreatePolicyVersionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewDraftFormMutationMutation, NewDraftFormMutationMutationVariables>;
export const NewPolicyFormMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewPolicyFormMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreatePolicySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewPolicyFormMutationMutation, NewPolicyFormMutationMutationVariables>;
export const PoliciesPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoliciesPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRow_PolicyFragment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRow_PolicyFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBy"}}]}}]}}]} as unknown as DocumentNode<PoliciesPageQueryQuery, PoliciesPageQueryQueryVariables>;
export const PolicyDetailPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDetailPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idOrKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedVersionPanel_PolicyVersionFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewDraftForm_PolicyVersionFragment"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionsTable_PolicyFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pilots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedVersionPanel_PolicyVersionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewDraftForm_PolicyVersionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"expectations"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"channelsAndHours"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionsTable_PolicyFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDetailPageQueryQuery, PolicyDetailPageQueryQueryVariables>;
export const VersionPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersionPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDraftForm_PolicyVersionFragment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySections_PolicyContentFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDraftForm_PolicyVersionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBy"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"expectations"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"channelsAndHours"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"}}]}}]}}]} as unknown as DocumentNode<VersionPageQueryQuery, VersionPageQueryQueryVariables>;
export const VersionPagePublishMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersionPagePublishMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPolicyVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationPublishPolicyVersionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VersionPagePublishMutationMutation, VersionPagePublishMutationMutationVariables>;