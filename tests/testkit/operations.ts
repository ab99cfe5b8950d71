import type { GqlClient, Json } from "./graphql.js";

/** The GraphQL documents the tests use, each selecting the result union's typename and every error's message. */
const ERR = "__typename ... on Error { message code } ... on ValidationError { issues { path message } }";

export const OPS = {
  createPolicy: `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { ${ERR}
    ... on MutationCreatePolicySuccess { data { id key name versions(first: 5) { edges { node { id number status } } } } } } }`,
  createPolicyVersion: `mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { ${ERR}
    ... on MutationCreatePolicyVersionSuccess { data { id number revision status title content { purpose procedures } } } } }`,
  updatePolicyVersion: `mutation($input: UpdatePolicyVersionInput!) { updatePolicyVersion(input: $input) { ${ERR}
    ... on EditConflictError { baseRevision currentRevision changedByName changedAt
      conflicts { field label theirs yours revision changedByName changedAt } }
    ... on MutationUpdatePolicyVersionSuccess { data { id revision title } } } }`,
  publishPolicyVersion: `mutation($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { ${ERR}
    ... on MutationPublishPolicyVersionSuccess { data { id number status } } } }`,
  createPilot: `mutation($input: CreatePilotInput!) { createPilot(input: $input) { ${ERR}
    ... on MutationCreatePilotSuccess { data { id status variants { id key weight isControl } } } } }`,
  startPilot: `mutation($input: PilotIdInput!) { startPilot(input: $input) { ${ERR}
    ... on MutationStartPilotSuccess { data { id status } } } }`,
  pausePilot: `mutation($input: PilotIdInput!) { pausePilot(input: $input) { ${ERR}
    ... on MutationPausePilotSuccess { data { id status } } } }`,
  updatePilotWeights: `mutation($input: UpdatePilotWeightsInput!) { updatePilotWeights(input: $input) { ${ERR}
    ... on MutationUpdatePilotWeightsSuccess { data { id variants { key weight } } } } }`,
  policyFor: `mutation($input: PolicyForInput!) { policyFor(input: $input) { ${ERR}
    ... on MutationPolicyForSuccess { data { policyKey source reason pilotId variantKey isControl assignmentId inBeta consentUrl
      version { id number title content { purpose } } } } } }`,
  submitFeedback: `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { ${ERR}
    ... on MutationSubmitFeedbackSuccess { data { duplicate feedback { id csat nps } } } } }`,
  promoteVariant: `mutation($input: PromoteVariantInput!) { promoteVariant(input: $input) { ${ERR}
    ... on MutationPromoteVariantSuccess { data { id outcome rationale publishedVersion { id number status }
      resultsSnapshot { totalParticipants variants { key participants csatN } } } } } }`,
  revokeApiToken: `mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { ${ERR}
    ... on MutationRevokeApiTokenSuccess { data { id revokedAt } } } }`,
  createApiToken: `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { ${ERR}
    ... on MutationCreateApiTokenSuccess { data { id secret } } } }`,
  connectHelpdesk: `mutation($input: ConnectHelpdeskInput!) { connectHelpdesk(input: $input) { ${ERR}
    ... on MutationConnectHelpdeskSuccess { data { id vendor webhookUrl } } } }`,
  updateIntegration: `mutation($input: UpdateIntegrationInput!) { updateIntegration(input: $input) { ${ERR}
    ... on MutationUpdateIntegrationSuccess { data { id name surveyThrottleDays } } } }`,
  disableIntegration: `mutation($input: IntegrationIdInput!) { disableIntegration(input: $input) { ${ERR}
    ... on MutationDisableIntegrationSuccess { data { id disabledAt } } } }`,
  enableIntegration: `mutation($input: IntegrationIdInput!) { enableIntegration(input: $input) { ${ERR}
    ... on MutationEnableIntegrationSuccess { data { id disabledAt } } } }`,
  retryWebhookEvent: `mutation($input: RetryWebhookEventInput!) { retryWebhookEvent(input: $input) { ${ERR}
    ... on MutationRetryWebhookEventSuccess { data { id status } } } }`,
  recordInteractionEvent: `mutation($input: RecordInteractionEventInput!) { recordInteractionEvent(input: $input) { ${ERR}
    ... on MutationRecordInteractionEventSuccess { data { status eventId surveyUrl } } } }`,
  saveDisclosure: `mutation($input: SaveDisclosureInput!) { saveDisclosure(input: $input) { ${ERR}
    ... on MutationSaveDisclosureSuccess { data { pilotId version } } } }`,
  optOutCustomer: `mutation($input: OptOutCustomerInput!) { optOutCustomer(input: $input) { ${ERR}
    ... on MutationOptOutCustomerSuccess { data { customerId withdrawnAt } } } }`,
  rateVariant: `mutation($input: RateVariantInput!) { rateVariant(input: $input) { ${ERR}
    ... on AlreadyRatedError { variantId weekStart nextRatingAt }
    ... on MutationRateVariantSuccess { data { id clarity workability comment weekStart createdAt variant { id key } } } } }`,
  setUserHelpdeskAgentId: `mutation($input: SetUserHelpdeskAgentIdInput!) { setUserHelpdeskAgentId(input: $input) { ${ERR}
    ... on MutationSetUserHelpdeskAgentIdSuccess { data { id email helpdeskAgentId } } } }`,
  eraseCustomer: `mutation($input: EraseCustomerInput!) { eraseCustomer(input: $input) { ${ERR}
    ... on MutationEraseCustomerSuccess { data { participants comments } } } }`,
} as const;

/** The agent's preview (a query): what applies to a customer, recording nothing. */
export const POLICY_PREVIEW = `query($input: PolicyPreviewInput!) { policyPreview(input: $input) { ${ERR}
  ... on QueryPolicyPreviewSuccess { data { customerId agentId ticketId inBeta
    entries { policyKey policyName status source enrolled inBeta wouldBeInBeta unitId summary
      variant { id key name isControl } pilot { id status unit consentRequired }
      version { id number title content { purpose procedures } } } } } } }`;

export type OpName = keyof typeof OPS;

export async function run(client: GqlClient, op: OpName, input: Record<string, unknown>): Promise<Json> {
  const data = await client.ok(OPS[op], { input });
  return data[op];
}

export async function runOk(client: GqlClient, op: OpName, input: Record<string, unknown>): Promise<Json> {
  return client.mutate(op, OPS[op], { input });
}

export const SAMPLE_CONTENT = {
  purpose: "Resolve every complaint fairly and fast.",
  goals: "Keep customers; learn from every complaint.",
  procedures: "1. Acknowledge within one hour.\n2. Resolve within two days.",
  escalation: "Agent → team lead → customer service manager.",
  channelsAndHours: "Email and phone, 8–18 on weekdays.",
  benchmarks: "First response within one hour.",
};

/** A policy with a published v1 and `drafts` DRAFT versions, made through the API like ops and a manager would. */
export async function policyWithDrafts(
  ops: GqlClient,
  manager: GqlClient,
  key: string,
  drafts = 2,
): Promise<{ policyId: string; publishedId: string; draftIds: string[] }> {
  const policy = await runOk(ops, "createPolicy", {
    key,
    name: `Policy ${key}`,
    versionTitle: "First edition",
    content: SAMPLE_CONTENT,
  });
  const v1 = policy.versions.edges[0].node.id;
  await runOk(manager, "publishPolicyVersion", { versionId: v1 });
  const draftIds: string[] = [];
  for (let i = 0; i < drafts; i++) {
    const draft = await runOk(ops, "createPolicyVersion", {
      policyId: policy.id,
      title: `Draft ${i + 1}`,
      content: { procedures: `Variant ${i + 1}: approve refunds under ${50 * (i + 1)} EUR without escalation.` },
    });
    draftIds.push(draft.id);
  }
  return { policyId: policy.id, publishedId: v1, draftIds };
}

/** A RUNNING pilot with control + treatments made from the drafts. */
export async function runningPilot(
  ops: GqlClient,
  setup: { policyId: string; draftIds: string[] },
  weights: number[] = [0.34, 0.33, 0.33],
  extra: Record<string, unknown> = {},
): Promise<{ pilotId: string }> {
  const pilot = await runOk(ops, "createPilot", {
    policyId: setup.policyId,
    name: "Faster refunds",
    hypothesis: "Agents approving small refunds alone raises CSAT.",
    control: { weight: weights[0] },
    treatments: setup.draftIds.map((id, i) => ({
      key: `variant-${i + 1}`,
      name: `Variant ${i + 1}`,
      policyVersionId: id,
      weight: weights[i + 1],
    })),
    ...extra,
  });
  if (extra.consentRequired) {
    // A consent-required pilot starts only with its beta disclosure.
    const text = {
      whatChanges: "A new refund rule.",
      duration: "Six weeks.",
      dataKept: "Your ratings.",
      howToLeave: "The link below.",
    };
    await runOk(ops, "saveDisclosure", { pilotId: pilot.id, en: text, sv: text });
  }
  await runOk(ops, "startPilot", { pilotId: pilot.id });
  return { pilotId: pilot.id };
}
