/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppViewerQuery {\n    viewer { id name email role }\n  }\n": typeof types.AppViewerQueryDocument,
    "\n  mutation AppLogoutMutation {\n    logout\n  }\n": typeof types.AppLogoutMutationDocument,
    "\n  mutation LoginPageMutation($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationLoginSuccess { data { id name email role } }\n    }\n  }\n": typeof types.LoginPageMutationDocument,
    "\n  query ApiTokensSectionQuery {\n    apiTokens { id name prefix createdAt createdByName revokedAt }\n  }\n": typeof types.ApiTokensSectionQueryDocument,
    "\n  mutation ApiTokensSectionCreateMutation($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateApiTokenSuccess { data { id name secret } }\n    }\n  }\n": typeof types.ApiTokensSectionCreateMutationDocument,
    "\n  mutation ApiTokensSectionRevokeMutation($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRevokeApiTokenSuccess { data { id revokedAt } }\n    }\n  }\n": typeof types.ApiTokensSectionRevokeMutationDocument,
    "\n  mutation ConnectHelpdeskFormMutation($input: ConnectHelpdeskInput!) {\n    connectHelpdesk(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationConnectHelpdeskSuccess { data { id name vendor webhookUrl setupInstructions } }\n    }\n  }\n": typeof types.ConnectHelpdeskFormMutationDocument,
    "\n  query FailedEventsTableQuery($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename id\n      ... on Integration {\n        failedEvents(first: $first, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          edges { node { id ticketId eventType attempts lastError receivedAt status } }\n        }\n      }\n    }\n  }\n": typeof types.FailedEventsTableQueryDocument,
    "\n  mutation FailedEventsTableRetryMutation($input: RetryWebhookEventInput!) {\n    retryWebhookEvent(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRetryWebhookEventSuccess { data { id status attempts lastError processedAt } }\n    }\n  }\n": typeof types.FailedEventsTableRetryMutationDocument,
    "\n  fragment HelpdeskCard_IntegrationFragment on Integration {\n    id vendor name webhookUrl setupInstructions createdAt disabledAt\n    surveyDelivery surveyThrottleDays surveyExpiryDays\n    health { ...IntegrationHealthPanel_IntegrationHealthFragment }\n    ...HelpdeskSettingsForm_IntegrationFragment\n  }\n": typeof types.HelpdeskCard_IntegrationFragmentFragmentDoc,
    "\n  mutation HelpdeskCardDisableMutation($input: IntegrationIdInput!) {\n    disableIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationDisableIntegrationSuccess { data { id disabledAt } }\n    }\n  }\n": typeof types.HelpdeskCardDisableMutationDocument,
    "\n  mutation HelpdeskCardEnableMutation($input: IntegrationIdInput!) {\n    enableIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationEnableIntegrationSuccess { data { id disabledAt } }\n    }\n  }\n": typeof types.HelpdeskCardEnableMutationDocument,
    "\n  query HelpdeskListQuery($after: String) {\n    integrations(first: 10, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...HelpdeskCard_IntegrationFragment } }\n    }\n  }\n": typeof types.HelpdeskListQueryDocument,
    "\n  fragment HelpdeskSettingsForm_IntegrationFragment on Integration {\n    id name vendor surveyDelivery surveyThrottleDays surveyExpiryDays\n  }\n": typeof types.HelpdeskSettingsForm_IntegrationFragmentFragmentDoc,
    "\n  mutation HelpdeskSettingsFormMutation($input: UpdateIntegrationInput!) {\n    updateIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationUpdateIntegrationSuccess {\n        data { id name surveyDelivery surveyThrottleDays surveyExpiryDays }\n      }\n    }\n  }\n": typeof types.HelpdeskSettingsFormMutationDocument,
    "\n  fragment IntegrationHealthPanel_IntegrationHealthFragment on IntegrationHealth {\n    eventsLast24h replaysLast24h unknownTypesLast24h lastEventAt pendingEvents failedEvents\n    medianLagSeconds maxLagSeconds oldestPendingSeconds\n    eventsPerHour { hour count }\n    rejectedLast24h { reason count }\n  }\n": typeof types.IntegrationHealthPanel_IntegrationHealthFragmentFragmentDoc,
    "\n  query SurveyOutboxQuery($first: Int!, $after: String) {\n    surveyOutbox(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...SurveyOutboxRow_SurveyInvitationFragment } }\n    }\n  }\n": typeof types.SurveyOutboxQueryDocument,
    "\n  fragment SurveyOutboxRow_SurveyInvitationFragment on SurveyInvitation {\n    id createdAt ticketId customerId decision delivery emailSentAt emailError expiresAt answeredAt\n    pilot { id name }\n    variant { id key name isControl }\n  }\n": typeof types.SurveyOutboxRow_SurveyInvitationFragmentFragmentDoc,
    "\n  query CommentsListQuery($id: ID!, $first: Int!, $after: String) {\n    pilot(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id comment csat nps createdAt variant { id name } } }\n      }\n    }\n  }\n": typeof types.CommentsListQueryDocument,
    "\n  fragment DecisionPanel_DecisionFragment on Decision {\n    id outcome rationale decidedAt decidedByName\n    variant { key name }\n    publishedVersion { id number title }\n  }\n": typeof types.DecisionPanel_DecisionFragmentFragmentDoc,
    "\n  query NewPilotPageQuery($id: String!) {\n    policy(idOrKey: $id) {\n      id name\n      publishedVersion { id number title }\n      versions(first: 50) { edges { node { id number title status } } }\n    }\n  }\n": typeof types.NewPilotPageQueryDocument,
    "\n  mutation NewPilotPageMutation($input: CreatePilotInput!) {\n    createPilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePilotSuccess { data { id } }\n    }\n  }\n": typeof types.NewPilotPageMutationDocument,
    "\n  query ParticipantsTableQuery($id: ID!, $first: Int!, $after: String) {\n    pilot(id: $id) {\n      id\n      participants(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id assignedAt exposureCount feedbackCount\n            participant { id kind externalId }\n            variant { id key name }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParticipantsTableQueryDocument,
    "\n  query PilotDetailPageQuery($id: ID!) {\n    pilot(id: $id) {\n      id name hypothesis status unit coverage consentRequired primaryMetric\n      createdAt startedAt pausedAt concludedAt participantCount feedbackCount\n      policy { id name key }\n      variants { id }\n      results { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }\n      decision {\n        id decidedAt\n        ...DecisionPanel_DecisionFragment\n        resultsSnapshot { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }\n      }\n      ...VariantsTable_PilotFragment\n      ...PromoteDialog_PilotFragment\n    }\n  }\n": typeof types.PilotDetailPageQueryDocument,
    "\n  mutation PilotDetailPageStartMutation($input: PilotIdInput!) {\n    startPilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationStartPilotSuccess { data { id status startedAt pausedAt } }\n    }\n  }\n": typeof types.PilotDetailPageStartMutationDocument,
    "\n  mutation PilotDetailPagePauseMutation($input: PilotIdInput!) {\n    pausePilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationPausePilotSuccess { data { id status pausedAt } }\n    }\n  }\n": typeof types.PilotDetailPagePauseMutationDocument,
    "\n  fragment PilotRow_PilotFragment on Pilot {\n    id name status unit startedAt concludedAt participantCount feedbackCount\n    policy { id name }\n  }\n": typeof types.PilotRow_PilotFragmentFragmentDoc,
    "\n  query PilotsPageQuery($status: [PilotStatus!], $first: Int!, $after: String) {\n    pilots(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...PilotRow_PilotFragment } }\n    }\n  }\n": typeof types.PilotsPageQueryDocument,
    "\n  fragment PromoteDialog_PilotFragment on Pilot {\n    id\n    variants { id key name isControl policyVersion { number } }\n    results { recommendation { action variantKey } }\n  }\n": typeof types.PromoteDialog_PilotFragmentFragmentDoc,
    "\n  mutation PromoteDialogMutation($input: PromoteVariantInput!) {\n    promoteVariant(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationPromoteVariantSuccess {\n        data { id outcome publishedVersion { id number policy { id } } }\n      }\n    }\n  }\n": typeof types.PromoteDialogMutationDocument,
    "\n  fragment RecommendationPanel_PilotResultsFragment on PilotResults {\n    requiredPerArm daysRemaining\n    recommendation { action variantKey headline reasons }\n  }\n": typeof types.RecommendationPanel_PilotResultsFragmentFragmentDoc,
    "\n  fragment ResultsTable_PilotResultsFragment on PilotResults {\n    alpha sequential srmPValue srmHealthy totalParticipants totalResponses computedAt\n    variants { variantId ...VariantResultRow_VariantResultFragment }\n  }\n": typeof types.ResultsTable_PilotResultsFragmentFragmentDoc,
    "\n  fragment VariantResultRow_VariantResultFragment on VariantResult {\n    variantId key name isControl weight participants exposures\n    csatN csatMean satisfiedShare npsN nps cesN cesMean comments\n    comparisons { metric difference estimate intervalLow intervalHigh pValue adjustedPValue verdict error }\n  }\n": typeof types.VariantResultRow_VariantResultFragmentFragmentDoc,
    "\n  fragment VariantsTable_PilotFragment on Pilot {\n    variants { id key name weight isControl participantCount policyVersion { id number title status } }\n  }\n": typeof types.VariantsTable_PilotFragmentFragmentDoc,
    "\n  fragment EditDraftForm_PolicyVersionFragment on PolicyVersion {\n    id title changeNote\n    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }\n  }\n": typeof types.EditDraftForm_PolicyVersionFragmentFragmentDoc,
    "\n  mutation EditDraftFormMutation($input: UpdatePolicyVersionInput!) {\n    updatePolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationUpdatePolicyVersionSuccess {\n        data {\n          id title changeNote\n          content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary sections { key title body } }\n        }\n      }\n    }\n  }\n": typeof types.EditDraftFormMutationDocument,
    "\n  fragment NewDraftForm_PolicyVersionFragment on PolicyVersion {\n    id number\n    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }\n  }\n": typeof types.NewDraftForm_PolicyVersionFragmentFragmentDoc,
    "\n  mutation NewDraftFormMutation($input: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePolicyVersionSuccess { data { id } }\n    }\n  }\n": typeof types.NewDraftFormMutationDocument,
    "\n  mutation NewPolicyFormMutation($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePolicySuccess { data { id } }\n    }\n  }\n": typeof types.NewPolicyFormMutationDocument,
    "\n  query PoliciesPageQuery($search: String, $first: Int!, $after: String) {\n    policies(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...PolicyRow_PolicyFragment } }\n    }\n  }\n": typeof types.PoliciesPageQueryDocument,
    "\n  query PolicyDetailPageQuery($id: String!, $policyId: ID!) {\n    policy(idOrKey: $id) {\n      id key name description\n      publishedVersion { id ...PublishedVersionPanel_PolicyVersionFragment ...NewDraftForm_PolicyVersionFragment }\n      ...VersionsTable_PolicyFragment\n    }\n    pilots(first: 20, policyId: $policyId) {\n      edges { node { id name status startedAt participantCount } }\n    }\n  }\n": typeof types.PolicyDetailPageQueryDocument,
    "\n  fragment PolicyRow_PolicyFragment on Policy {\n    id key name updatedAt draftCount\n    publishedVersion { id number title reviewBy }\n  }\n": typeof types.PolicyRow_PolicyFragmentFragmentDoc,
    "\n  fragment PolicySections_PolicyContentFragment on PolicyContent {\n    sections { key title body }\n  }\n": typeof types.PolicySections_PolicyContentFragmentFragmentDoc,
    "\n  fragment PublishedVersionPanel_PolicyVersionFragment on PolicyVersion {\n    id number title changeNote reviewBy publishedAt publishedByName\n    content { ...PolicySections_PolicyContentFragment }\n  }\n": typeof types.PublishedVersionPanel_PolicyVersionFragmentFragmentDoc,
    "\n  query VersionPageQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyVersion {\n        id number title status changeNote reviewBy createdAt publishedAt archivedAt createdByName publishedByName\n        content { ...PolicySections_PolicyContentFragment }\n        basedOn { id number }\n        policy { id name key publishedVersion { id number } }\n        ...EditDraftForm_PolicyVersionFragment\n      }\n    }\n  }\n": typeof types.VersionPageQueryDocument,
    "\n  mutation VersionPagePublishMutation($input: PublishPolicyVersionInput!) {\n    publishPolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationPublishPolicyVersionSuccess { data { id status publishedAt publishedByName policy { id } } }\n    }\n  }\n": typeof types.VersionPagePublishMutationDocument,
    "\n  fragment VersionsTable_PolicyFragment on Policy {\n    versions(first: 50) {\n      totalCount\n      edges { node { id number title status changeNote createdAt createdByName basedOn { id number } } }\n    }\n  }\n": typeof types.VersionsTable_PolicyFragmentFragmentDoc,
};
const documents: Documents = {
    "\n  query AppViewerQuery {\n    viewer { id name email role }\n  }\n": types.AppViewerQueryDocument,
    "\n  mutation AppLogoutMutation {\n    logout\n  }\n": types.AppLogoutMutationDocument,
    "\n  mutation LoginPageMutation($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationLoginSuccess { data { id name email role } }\n    }\n  }\n": types.LoginPageMutationDocument,
    "\n  query ApiTokensSectionQuery {\n    apiTokens { id name prefix createdAt createdByName revokedAt }\n  }\n": types.ApiTokensSectionQueryDocument,
    "\n  mutation ApiTokensSectionCreateMutation($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateApiTokenSuccess { data { id name secret } }\n    }\n  }\n": types.ApiTokensSectionCreateMutationDocument,
    "\n  mutation ApiTokensSectionRevokeMutation($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRevokeApiTokenSuccess { data { id revokedAt } }\n    }\n  }\n": types.ApiTokensSectionRevokeMutationDocument,
    "\n  mutation ConnectHelpdeskFormMutation($input: ConnectHelpdeskInput!) {\n    connectHelpdesk(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationConnectHelpdeskSuccess { data { id name vendor webhookUrl setupInstructions } }\n    }\n  }\n": types.ConnectHelpdeskFormMutationDocument,
    "\n  query FailedEventsTableQuery($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename id\n      ... on Integration {\n        failedEvents(first: $first, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          edges { node { id ticketId eventType attempts lastError receivedAt status } }\n        }\n      }\n    }\n  }\n": types.FailedEventsTableQueryDocument,
    "\n  mutation FailedEventsTableRetryMutation($input: RetryWebhookEventInput!) {\n    retryWebhookEvent(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRetryWebhookEventSuccess { data { id status attempts lastError processedAt } }\n    }\n  }\n": types.FailedEventsTableRetryMutationDocument,
    "\n  fragment HelpdeskCard_IntegrationFragment on Integration {\n    id vendor name webhookUrl setupInstructions createdAt disabledAt\n    surveyDelivery surveyThrottleDays surveyExpiryDays\n    health { ...IntegrationHealthPanel_IntegrationHealthFragment }\n    ...HelpdeskSettingsForm_IntegrationFragment\n  }\n": types.HelpdeskCard_IntegrationFragmentFragmentDoc,
    "\n  mutation HelpdeskCardDisableMutation($input: IntegrationIdInput!) {\n    disableIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationDisableIntegrationSuccess { data { id disabledAt } }\n    }\n  }\n": types.HelpdeskCardDisableMutationDocument,
    "\n  mutation HelpdeskCardEnableMutation($input: IntegrationIdInput!) {\n    enableIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationEnableIntegrationSuccess { data { id disabledAt } }\n    }\n  }\n": types.HelpdeskCardEnableMutationDocument,
    "\n  query HelpdeskListQuery($after: String) {\n    integrations(first: 10, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...HelpdeskCard_IntegrationFragment } }\n    }\n  }\n": types.HelpdeskListQueryDocument,
    "\n  fragment HelpdeskSettingsForm_IntegrationFragment on Integration {\n    id name vendor surveyDelivery surveyThrottleDays surveyExpiryDays\n  }\n": types.HelpdeskSettingsForm_IntegrationFragmentFragmentDoc,
    "\n  mutation HelpdeskSettingsFormMutation($input: UpdateIntegrationInput!) {\n    updateIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationUpdateIntegrationSuccess {\n        data { id name surveyDelivery surveyThrottleDays surveyExpiryDays }\n      }\n    }\n  }\n": types.HelpdeskSettingsFormMutationDocument,
    "\n  fragment IntegrationHealthPanel_IntegrationHealthFragment on IntegrationHealth {\n    eventsLast24h replaysLast24h unknownTypesLast24h lastEventAt pendingEvents failedEvents\n    medianLagSeconds maxLagSeconds oldestPendingSeconds\n    eventsPerHour { hour count }\n    rejectedLast24h { reason count }\n  }\n": types.IntegrationHealthPanel_IntegrationHealthFragmentFragmentDoc,
    "\n  query SurveyOutboxQuery($first: Int!, $after: String) {\n    surveyOutbox(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...SurveyOutboxRow_SurveyInvitationFragment } }\n    }\n  }\n": types.SurveyOutboxQueryDocument,
    "\n  fragment SurveyOutboxRow_SurveyInvitationFragment on SurveyInvitation {\n    id createdAt ticketId customerId decision delivery emailSentAt emailError expiresAt answeredAt\n    pilot { id name }\n    variant { id key name isControl }\n  }\n": types.SurveyOutboxRow_SurveyInvitationFragmentFragmentDoc,
    "\n  query CommentsListQuery($id: ID!, $first: Int!, $after: String) {\n    pilot(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id comment csat nps createdAt variant { id name } } }\n      }\n    }\n  }\n": types.CommentsListQueryDocument,
    "\n  fragment DecisionPanel_DecisionFragment on Decision {\n    id outcome rationale decidedAt decidedByName\n    variant { key name }\n    publishedVersion { id number title }\n  }\n": types.DecisionPanel_DecisionFragmentFragmentDoc,
    "\n  query NewPilotPageQuery($id: String!) {\n    policy(idOrKey: $id) {\n      id name\n      publishedVersion { id number title }\n      versions(first: 50) { edges { node { id number title status } } }\n    }\n  }\n": types.NewPilotPageQueryDocument,
    "\n  mutation NewPilotPageMutation($input: CreatePilotInput!) {\n    createPilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePilotSuccess { data { id } }\n    }\n  }\n": types.NewPilotPageMutationDocument,
    "\n  query ParticipantsTableQuery($id: ID!, $first: Int!, $after: String) {\n    pilot(id: $id) {\n      id\n      participants(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id assignedAt exposureCount feedbackCount\n            participant { id kind externalId }\n            variant { id key name }\n          }\n        }\n      }\n    }\n  }\n": types.ParticipantsTableQueryDocument,
    "\n  query PilotDetailPageQuery($id: ID!) {\n    pilot(id: $id) {\n      id name hypothesis status unit coverage consentRequired primaryMetric\n      createdAt startedAt pausedAt concludedAt participantCount feedbackCount\n      policy { id name key }\n      variants { id }\n      results { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }\n      decision {\n        id decidedAt\n        ...DecisionPanel_DecisionFragment\n        resultsSnapshot { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }\n      }\n      ...VariantsTable_PilotFragment\n      ...PromoteDialog_PilotFragment\n    }\n  }\n": types.PilotDetailPageQueryDocument,
    "\n  mutation PilotDetailPageStartMutation($input: PilotIdInput!) {\n    startPilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationStartPilotSuccess { data { id status startedAt pausedAt } }\n    }\n  }\n": types.PilotDetailPageStartMutationDocument,
    "\n  mutation PilotDetailPagePauseMutation($input: PilotIdInput!) {\n    pausePilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationPausePilotSuccess { data { id status pausedAt } }\n    }\n  }\n": types.PilotDetailPagePauseMutationDocument,
    "\n  fragment PilotRow_PilotFragment on Pilot {\n    id name status unit startedAt concludedAt participantCount feedbackCount\n    policy { id name }\n  }\n": types.PilotRow_PilotFragmentFragmentDoc,
    "\n  query PilotsPageQuery($status: [PilotStatus!], $first: Int!, $after: String) {\n    pilots(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...PilotRow_PilotFragment } }\n    }\n  }\n": types.PilotsPageQueryDocument,
    "\n  fragment PromoteDialog_PilotFragment on Pilot {\n    id\n    variants { id key name isControl policyVersion { number } }\n    results { recommendation { action variantKey } }\n  }\n": types.PromoteDialog_PilotFragmentFragmentDoc,
    "\n  mutation PromoteDialogMutation($input: PromoteVariantInput!) {\n    promoteVariant(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationPromoteVariantSuccess {\n        data { id outcome publishedVersion { id number policy { id } } }\n      }\n    }\n  }\n": types.PromoteDialogMutationDocument,
    "\n  fragment RecommendationPanel_PilotResultsFragment on PilotResults {\n    requiredPerArm daysRemaining\n    recommendation { action variantKey headline reasons }\n  }\n": types.RecommendationPanel_PilotResultsFragmentFragmentDoc,
    "\n  fragment ResultsTable_PilotResultsFragment on PilotResults {\n    alpha sequential srmPValue srmHealthy totalParticipants totalResponses computedAt\n    variants { variantId ...VariantResultRow_VariantResultFragment }\n  }\n": types.ResultsTable_PilotResultsFragmentFragmentDoc,
    "\n  fragment VariantResultRow_VariantResultFragment on VariantResult {\n    variantId key name isControl weight participants exposures\n    csatN csatMean satisfiedShare npsN nps cesN cesMean comments\n    comparisons { metric difference estimate intervalLow intervalHigh pValue adjustedPValue verdict error }\n  }\n": types.VariantResultRow_VariantResultFragmentFragmentDoc,
    "\n  fragment VariantsTable_PilotFragment on Pilot {\n    variants { id key name weight isControl participantCount policyVersion { id number title status } }\n  }\n": types.VariantsTable_PilotFragmentFragmentDoc,
    "\n  fragment EditDraftForm_PolicyVersionFragment on PolicyVersion {\n    id title changeNote\n    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }\n  }\n": types.EditDraftForm_PolicyVersionFragmentFragmentDoc,
    "\n  mutation EditDraftFormMutation($input: UpdatePolicyVersionInput!) {\n    updatePolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationUpdatePolicyVersionSuccess {\n        data {\n          id title changeNote\n          content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary sections { key title body } }\n        }\n      }\n    }\n  }\n": types.EditDraftFormMutationDocument,
    "\n  fragment NewDraftForm_PolicyVersionFragment on PolicyVersion {\n    id number\n    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }\n  }\n": types.NewDraftForm_PolicyVersionFragmentFragmentDoc,
    "\n  mutation NewDraftFormMutation($input: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePolicyVersionSuccess { data { id } }\n    }\n  }\n": types.NewDraftFormMutationDocument,
    "\n  mutation NewPolicyFormMutation($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePolicySuccess { data { id } }\n    }\n  }\n": types.NewPolicyFormMutationDocument,
    "\n  query PoliciesPageQuery($search: String, $first: Int!, $after: String) {\n    policies(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...PolicyRow_PolicyFragment } }\n    }\n  }\n": types.PoliciesPageQueryDocument,
    "\n  query PolicyDetailPageQuery($id: String!, $policyId: ID!) {\n    policy(idOrKey: $id) {\n      id key name description\n      publishedVersion { id ...PublishedVersionPanel_PolicyVersionFragment ...NewDraftForm_PolicyVersionFragment }\n      ...VersionsTable_PolicyFragment\n    }\n    pilots(first: 20, policyId: $policyId) {\n      edges { node { id name status startedAt participantCount } }\n    }\n  }\n": types.PolicyDetailPageQueryDocument,
    "\n  fragment PolicyRow_PolicyFragment on Policy {\n    id key name updatedAt draftCount\n    publishedVersion { id number title reviewBy }\n  }\n": types.PolicyRow_PolicyFragmentFragmentDoc,
    "\n  fragment PolicySections_PolicyContentFragment on PolicyContent {\n    sections { key title body }\n  }\n": types.PolicySections_PolicyContentFragmentFragmentDoc,
    "\n  fragment PublishedVersionPanel_PolicyVersionFragment on PolicyVersion {\n    id number title changeNote reviewBy publishedAt publishedByName\n    content { ...PolicySections_PolicyContentFragment }\n  }\n": types.PublishedVersionPanel_PolicyVersionFragmentFragmentDoc,
    "\n  query VersionPageQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyVersion {\n        id number title status changeNote reviewBy createdAt publishedAt archivedAt createdByName publishedByName\n        content { ...PolicySections_PolicyContentFragment }\n        basedOn { id number }\n        policy { id name key publishedVersion { id number } }\n        ...EditDraftForm_PolicyVersionFragment\n      }\n    }\n  }\n": types.VersionPageQueryDocument,
    "\n  mutation VersionPagePublishMutation($input: PublishPolicyVersionInput!) {\n    publishPolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationPublishPolicyVersionSuccess { data { id status publishedAt publishedByName policy { id } } }\n    }\n  }\n": types.VersionPagePublishMutationDocument,
    "\n  fragment VersionsTable_PolicyFragment on Policy {\n    versions(first: 50) {\n      totalCount\n      edges { node { id number title status changeNote createdAt createdByName basedOn { id number } } }\n    }\n  }\n": types.VersionsTable_PolicyFragmentFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppViewerQuery {\n    viewer { id name email role }\n  }\n"): (typeof documents)["\n  query AppViewerQuery {\n    viewer { id name email role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppLogoutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation AppLogoutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPageMutation($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationLoginSuccess { data { id name email role } }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPageMutation($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationLoginSuccess { data { id name email role } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokensSectionQuery {\n    apiTokens { id name prefix createdAt createdByName revokedAt }\n  }\n"): (typeof documents)["\n  query ApiTokensSectionQuery {\n    apiTokens { id name prefix createdAt createdByName revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokensSectionCreateMutation($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateApiTokenSuccess { data { id name secret } }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokensSectionCreateMutation($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateApiTokenSuccess { data { id name secret } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokensSectionRevokeMutation($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRevokeApiTokenSuccess { data { id revokedAt } }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokensSectionRevokeMutation($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRevokeApiTokenSuccess { data { id revokedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectHelpdeskFormMutation($input: ConnectHelpdeskInput!) {\n    connectHelpdesk(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationConnectHelpdeskSuccess { data { id name vendor webhookUrl setupInstructions } }\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectHelpdeskFormMutation($input: ConnectHelpdeskInput!) {\n    connectHelpdesk(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationConnectHelpdeskSuccess { data { id name vendor webhookUrl setupInstructions } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedEventsTableQuery($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename id\n      ... on Integration {\n        failedEvents(first: $first, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          edges { node { id ticketId eventType attempts lastError receivedAt status } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedEventsTableQuery($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename id\n      ... on Integration {\n        failedEvents(first: $first, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          edges { node { id ticketId eventType attempts lastError receivedAt status } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FailedEventsTableRetryMutation($input: RetryWebhookEventInput!) {\n    retryWebhookEvent(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRetryWebhookEventSuccess { data { id status attempts lastError processedAt } }\n    }\n  }\n"): (typeof documents)["\n  mutation FailedEventsTableRetryMutation($input: RetryWebhookEventInput!) {\n    retryWebhookEvent(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRetryWebhookEventSuccess { data { id status attempts lastError processedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HelpdeskCard_IntegrationFragment on Integration {\n    id vendor name webhookUrl setupInstructions createdAt disabledAt\n    surveyDelivery surveyThrottleDays surveyExpiryDays\n    health { ...IntegrationHealthPanel_IntegrationHealthFragment }\n    ...HelpdeskSettingsForm_IntegrationFragment\n  }\n"): (typeof documents)["\n  fragment HelpdeskCard_IntegrationFragment on Integration {\n    id vendor name webhookUrl setupInstructions createdAt disabledAt\n    surveyDelivery surveyThrottleDays surveyExpiryDays\n    health { ...IntegrationHealthPanel_IntegrationHealthFragment }\n    ...HelpdeskSettingsForm_IntegrationFragment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpdeskCardDisableMutation($input: IntegrationIdInput!) {\n    disableIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationDisableIntegrationSuccess { data { id disabledAt } }\n    }\n  }\n"): (typeof documents)["\n  mutation HelpdeskCardDisableMutation($input: IntegrationIdInput!) {\n    disableIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationDisableIntegrationSuccess { data { id disabledAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpdeskCardEnableMutation($input: IntegrationIdInput!) {\n    enableIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationEnableIntegrationSuccess { data { id disabledAt } }\n    }\n  }\n"): (typeof documents)["\n  mutation HelpdeskCardEnableMutation($input: IntegrationIdInput!) {\n    enableIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationEnableIntegrationSuccess { data { id disabledAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpdeskListQuery($after: String) {\n    integrations(first: 10, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...HelpdeskCard_IntegrationFragment } }\n    }\n  }\n"): (typeof documents)["\n  query HelpdeskListQuery($after: String) {\n    integrations(first: 10, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...HelpdeskCard_IntegrationFragment } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HelpdeskSettingsForm_IntegrationFragment on Integration {\n    id name vendor surveyDelivery surveyThrottleDays surveyExpiryDays\n  }\n"): (typeof documents)["\n  fragment HelpdeskSettingsForm_IntegrationFragment on Integration {\n    id name vendor surveyDelivery surveyThrottleDays surveyExpiryDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpdeskSettingsFormMutation($input: UpdateIntegrationInput!) {\n    updateIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationUpdateIntegrationSuccess {\n        data { id name surveyDelivery surveyThrottleDays surveyExpiryDays }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HelpdeskSettingsFormMutation($input: UpdateIntegrationInput!) {\n    updateIntegration(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationUpdateIntegrationSuccess {\n        data { id name surveyDelivery surveyThrottleDays surveyExpiryDays }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntegrationHealthPanel_IntegrationHealthFragment on IntegrationHealth {\n    eventsLast24h replaysLast24h unknownTypesLast24h lastEventAt pendingEvents failedEvents\n    medianLagSeconds maxLagSeconds oldestPendingSeconds\n    eventsPerHour { hour count }\n    rejectedLast24h { reason count }\n  }\n"): (typeof documents)["\n  fragment IntegrationHealthPanel_IntegrationHealthFragment on IntegrationHealth {\n    eventsLast24h replaysLast24h unknownTypesLast24h lastEventAt pendingEvents failedEvents\n    medianLagSeconds maxLagSeconds oldestPendingSeconds\n    eventsPerHour { hour count }\n    rejectedLast24h { reason count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyOutboxQuery($first: Int!, $after: String) {\n    surveyOutbox(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...SurveyOutboxRow_SurveyInvitationFragment } }\n    }\n  }\n"): (typeof documents)["\n  query SurveyOutboxQuery($first: Int!, $after: String) {\n    surveyOutbox(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...SurveyOutboxRow_SurveyInvitationFragment } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyOutboxRow_SurveyInvitationFragment on SurveyInvitation {\n    id createdAt ticketId customerId decision delivery emailSentAt emailError expiresAt answeredAt\n    pilot { id name }\n    variant { id key name isControl }\n  }\n"): (typeof documents)["\n  fragment SurveyOutboxRow_SurveyInvitationFragment on SurveyInvitation {\n    id createdAt ticketId customerId decision delivery emailSentAt emailError expiresAt answeredAt\n    pilot { id name }\n    variant { id key name isControl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsListQuery($id: ID!, $first: Int!, $after: String) {\n    pilot(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id comment csat nps createdAt variant { id name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentsListQuery($id: ID!, $first: Int!, $after: String) {\n    pilot(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id comment csat nps createdAt variant { id name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionPanel_DecisionFragment on Decision {\n    id outcome rationale decidedAt decidedByName\n    variant { key name }\n    publishedVersion { id number title }\n  }\n"): (typeof documents)["\n  fragment DecisionPanel_DecisionFragment on Decision {\n    id outcome rationale decidedAt decidedByName\n    variant { key name }\n    publishedVersion { id number title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewPilotPageQuery($id: String!) {\n    policy(idOrKey: $id) {\n      id name\n      publishedVersion { id number title }\n      versions(first: 50) { edges { node { id number title status } } }\n    }\n  }\n"): (typeof documents)["\n  query NewPilotPageQuery($id: String!) {\n    policy(idOrKey: $id) {\n      id name\n      publishedVersion { id number title }\n      versions(first: 50) { edges { node { id number title status } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewPilotPageMutation($input: CreatePilotInput!) {\n    createPilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePilotSuccess { data { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation NewPilotPageMutation($input: CreatePilotInput!) {\n    createPilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePilotSuccess { data { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantsTableQuery($id: ID!, $first: Int!, $after: String) {\n    pilot(id: $id) {\n      id\n      participants(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id assignedAt exposureCount feedbackCount\n            participant { id kind externalId }\n            variant { id key name }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantsTableQuery($id: ID!, $first: Int!, $after: String) {\n    pilot(id: $id) {\n      id\n      participants(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id assignedAt exposureCount feedbackCount\n            participant { id kind externalId }\n            variant { id key name }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotDetailPageQuery($id: ID!) {\n    pilot(id: $id) {\n      id name hypothesis status unit coverage consentRequired primaryMetric\n      createdAt startedAt pausedAt concludedAt participantCount feedbackCount\n      policy { id name key }\n      variants { id }\n      results { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }\n      decision {\n        id decidedAt\n        ...DecisionPanel_DecisionFragment\n        resultsSnapshot { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }\n      }\n      ...VariantsTable_PilotFragment\n      ...PromoteDialog_PilotFragment\n    }\n  }\n"): (typeof documents)["\n  query PilotDetailPageQuery($id: ID!) {\n    pilot(id: $id) {\n      id name hypothesis status unit coverage consentRequired primaryMetric\n      createdAt startedAt pausedAt concludedAt participantCount feedbackCount\n      policy { id name key }\n      variants { id }\n      results { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }\n      decision {\n        id decidedAt\n        ...DecisionPanel_DecisionFragment\n        resultsSnapshot { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }\n      }\n      ...VariantsTable_PilotFragment\n      ...PromoteDialog_PilotFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotDetailPageStartMutation($input: PilotIdInput!) {\n    startPilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationStartPilotSuccess { data { id status startedAt pausedAt } }\n    }\n  }\n"): (typeof documents)["\n  mutation PilotDetailPageStartMutation($input: PilotIdInput!) {\n    startPilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationStartPilotSuccess { data { id status startedAt pausedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotDetailPagePauseMutation($input: PilotIdInput!) {\n    pausePilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationPausePilotSuccess { data { id status pausedAt } }\n    }\n  }\n"): (typeof documents)["\n  mutation PilotDetailPagePauseMutation($input: PilotIdInput!) {\n    pausePilot(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationPausePilotSuccess { data { id status pausedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PilotRow_PilotFragment on Pilot {\n    id name status unit startedAt concludedAt participantCount feedbackCount\n    policy { id name }\n  }\n"): (typeof documents)["\n  fragment PilotRow_PilotFragment on Pilot {\n    id name status unit startedAt concludedAt participantCount feedbackCount\n    policy { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotsPageQuery($status: [PilotStatus!], $first: Int!, $after: String) {\n    pilots(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...PilotRow_PilotFragment } }\n    }\n  }\n"): (typeof documents)["\n  query PilotsPageQuery($status: [PilotStatus!], $first: Int!, $after: String) {\n    pilots(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...PilotRow_PilotFragment } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PromoteDialog_PilotFragment on Pilot {\n    id\n    variants { id key name isControl policyVersion { number } }\n    results { recommendation { action variantKey } }\n  }\n"): (typeof documents)["\n  fragment PromoteDialog_PilotFragment on Pilot {\n    id\n    variants { id key name isControl policyVersion { number } }\n    results { recommendation { action variantKey } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteDialogMutation($input: PromoteVariantInput!) {\n    promoteVariant(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationPromoteVariantSuccess {\n        data { id outcome publishedVersion { id number policy { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PromoteDialogMutation($input: PromoteVariantInput!) {\n    promoteVariant(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationPromoteVariantSuccess {\n        data { id outcome publishedVersion { id number policy { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationPanel_PilotResultsFragment on PilotResults {\n    requiredPerArm daysRemaining\n    recommendation { action variantKey headline reasons }\n  }\n"): (typeof documents)["\n  fragment RecommendationPanel_PilotResultsFragment on PilotResults {\n    requiredPerArm daysRemaining\n    recommendation { action variantKey headline reasons }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResultsTable_PilotResultsFragment on PilotResults {\n    alpha sequential srmPValue srmHealthy totalParticipants totalResponses computedAt\n    variants { variantId ...VariantResultRow_VariantResultFragment }\n  }\n"): (typeof documents)["\n  fragment ResultsTable_PilotResultsFragment on PilotResults {\n    alpha sequential srmPValue srmHealthy totalParticipants totalResponses computedAt\n    variants { variantId ...VariantResultRow_VariantResultFragment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VariantResultRow_VariantResultFragment on VariantResult {\n    variantId key name isControl weight participants exposures\n    csatN csatMean satisfiedShare npsN nps cesN cesMean comments\n    comparisons { metric difference estimate intervalLow intervalHigh pValue adjustedPValue verdict error }\n  }\n"): (typeof documents)["\n  fragment VariantResultRow_VariantResultFragment on VariantResult {\n    variantId key name isControl weight participants exposures\n    csatN csatMean satisfiedShare npsN nps cesN cesMean comments\n    comparisons { metric difference estimate intervalLow intervalHigh pValue adjustedPValue verdict error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VariantsTable_PilotFragment on Pilot {\n    variants { id key name weight isControl participantCount policyVersion { id number title status } }\n  }\n"): (typeof documents)["\n  fragment VariantsTable_PilotFragment on Pilot {\n    variants { id key name weight isControl participantCount policyVersion { id number title status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditDraftForm_PolicyVersionFragment on PolicyVersion {\n    id title changeNote\n    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }\n  }\n"): (typeof documents)["\n  fragment EditDraftForm_PolicyVersionFragment on PolicyVersion {\n    id title changeNote\n    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditDraftFormMutation($input: UpdatePolicyVersionInput!) {\n    updatePolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationUpdatePolicyVersionSuccess {\n        data {\n          id title changeNote\n          content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary sections { key title body } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditDraftFormMutation($input: UpdatePolicyVersionInput!) {\n    updatePolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationUpdatePolicyVersionSuccess {\n        data {\n          id title changeNote\n          content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary sections { key title body } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewDraftForm_PolicyVersionFragment on PolicyVersion {\n    id number\n    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }\n  }\n"): (typeof documents)["\n  fragment NewDraftForm_PolicyVersionFragment on PolicyVersion {\n    id number\n    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewDraftFormMutation($input: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePolicyVersionSuccess { data { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation NewDraftFormMutation($input: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePolicyVersionSuccess { data { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewPolicyFormMutation($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePolicySuccess { data { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation NewPolicyFormMutation($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationCreatePolicySuccess { data { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoliciesPageQuery($search: String, $first: Int!, $after: String) {\n    policies(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...PolicyRow_PolicyFragment } }\n    }\n  }\n"): (typeof documents)["\n  query PoliciesPageQuery($search: String, $first: Int!, $after: String) {\n    policies(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...PolicyRow_PolicyFragment } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyDetailPageQuery($id: String!, $policyId: ID!) {\n    policy(idOrKey: $id) {\n      id key name description\n      publishedVersion { id ...PublishedVersionPanel_PolicyVersionFragment ...NewDraftForm_PolicyVersionFragment }\n      ...VersionsTable_PolicyFragment\n    }\n    pilots(first: 20, policyId: $policyId) {\n      edges { node { id name status startedAt participantCount } }\n    }\n  }\n"): (typeof documents)["\n  query PolicyDetailPageQuery($id: String!, $policyId: ID!) {\n    policy(idOrKey: $id) {\n      id key name description\n      publishedVersion { id ...PublishedVersionPanel_PolicyVersionFragment ...NewDraftForm_PolicyVersionFragment }\n      ...VersionsTable_PolicyFragment\n    }\n    pilots(first: 20, policyId: $policyId) {\n      edges { node { id name status startedAt participantCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyRow_PolicyFragment on Policy {\n    id key name updatedAt draftCount\n    publishedVersion { id number title reviewBy }\n  }\n"): (typeof documents)["\n  fragment PolicyRow_PolicyFragment on Policy {\n    id key name updatedAt draftCount\n    publishedVersion { id number title reviewBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicySections_PolicyContentFragment on PolicyContent {\n    sections { key title body }\n  }\n"): (typeof documents)["\n  fragment PolicySections_PolicyContentFragment on PolicyContent {\n    sections { key title body }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedVersionPanel_PolicyVersionFragment on PolicyVersion {\n    id number title changeNote reviewBy publishedAt publishedByName\n    content { ...PolicySections_PolicyContentFragment }\n  }\n"): (typeof documents)["\n  fragment PublishedVersionPanel_PolicyVersionFragment on PolicyVersion {\n    id number title changeNote reviewBy publishedAt publishedByName\n    content { ...PolicySections_PolicyContentFragment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionPageQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyVersion {\n        id number title status changeNote reviewBy createdAt publishedAt archivedAt createdByName publishedByName\n        content { ...PolicySections_PolicyContentFragment }\n        basedOn { id number }\n        policy { id name key publishedVersion { id number } }\n        ...EditDraftForm_PolicyVersionFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query VersionPageQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PolicyVersion {\n        id number title status changeNote reviewBy createdAt publishedAt archivedAt createdByName publishedByName\n        content { ...PolicySections_PolicyContentFragment }\n        basedOn { id number }\n        policy { id name key publishedVersion { id number } }\n        ...EditDraftForm_PolicyVersionFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionPagePublishMutation($input: PublishPolicyVersionInput!) {\n    publishPolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationPublishPolicyVersionSuccess { data { id status publishedAt publishedByName policy { id } } }\n    }\n  }\n"): (typeof documents)["\n  mutation VersionPagePublishMutation($input: PublishPolicyVersionInput!) {\n    publishPolicyVersion(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationPublishPolicyVersionSuccess { data { id status publishedAt publishedByName policy { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VersionsTable_PolicyFragment on Policy {\n    versions(first: 50) {\n      totalCount\n      edges { node { id number title status changeNote createdAt createdByName basedOn { id number } } }\n    }\n  }\n"): (typeof documents)["\n  fragment VersionsTable_PolicyFragment on Policy {\n    versions(first: 50) {\n      totalCount\n      edges { node { id number title status changeNote createdAt createdByName basedOn { id number } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;