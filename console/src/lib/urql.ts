import { type Cache, cacheExchange, type KeyingConfig } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { Client, fetchExchange } from "urql";
import schema from "../gql/introspection.js";

/** Types without an id (results, connections, payloads, errors) live inside their parent, not as cache entities. */
const keys: KeyingConfig = Object.fromEntries(
  schema.__schema.types
    .filter((type) => type.kind === "OBJECT" && type.name !== "Query" && type.name !== "Mutation")
    .filter((type) => !("fields" in type) || !type.fields.some((field) => field.name === "id"))
    .map((type) => [type.name, () => null]),
);

/** Drops every cached `Query.<field>(…)` list, whatever its arguments, so the next read refetches it. */
function invalidateQueryField(cache: Cache, fieldName: string) {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === fieldName) cache.invalidate("Query", field.fieldKey);
  }
}

/**
 * Drops every cached field of an entity except its id, so whatever shows it refetches. (Invalidating the entity
 * itself would also blank the mutation's own result, which graphcache reads back after the updaters run.)
 */
function invalidateEntityFields(cache: Cache, typename: string, id: string) {
  for (const field of cache.inspectFields({ __typename: typename, id })) {
    if (field.fieldName !== "id" && field.fieldName !== "__typename")
      cache.invalidate({ __typename: typename, id }, field.fieldKey);
  }
}

type Payload = { __typename?: string; data?: { __typename?: string; id?: string } | null } | null | undefined;

/** The `data.id` of a successful mutation payload, or null when the payload is an error. */
function successId(payload: unknown): string | null {
  const p = payload as Payload;
  return p?.__typename?.endsWith("Success") && p.data?.id ? p.data.id : null;
}

export const client = new Client({
  url: "/graphql",
  // The CSRF header is required by the API on every request; the session is an httpOnly same-origin cookie.
  fetchOptions: { headers: { "x-policy-pilot-csrf": "1" }, credentials: "same-origin" },
  preferGetMethod: false,
  requestPolicy: "cache-and-network",
  exchanges: [
    cacheExchange({
      schema,
      keys,
      resolvers: {
        Query: {
          policies: relayPagination(),
          pilots: relayPagination(),
          surveyOutbox: relayPagination(),
          integrations: relayPagination(),
        },
        Policy: { versions: relayPagination() },
        Pilot: {
          participants: relayPagination(),
          comments: relayPagination(),
          agentRatingComments: relayPagination(),
        },
        Integration: { failedEvents: relayPagination() },
      },
      updates: {
        Mutation: {
          createPolicy(result, _args, cache) {
            if (successId(result.createPolicy)) invalidateQueryField(cache, "policies");
          },
          createPolicyVersion(result, args, cache) {
            const input = args.input as { policyId: string };
            if (successId(result.createPolicyVersion)) invalidateEntityFields(cache, "Policy", input.policyId);
          },
          publishPolicyVersion(result, _args, cache) {
            const payload = result.publishPolicyVersion as { data?: { policy?: { id: string } } };
            if (successId(payload) && payload.data?.policy) {
              invalidateEntityFields(cache, "Policy", payload.data.policy.id);
              invalidateQueryField(cache, "policies");
            }
          },
          createPilot(result, _args, cache) {
            if (successId(result.createPilot)) invalidateQueryField(cache, "pilots");
          },
          startPilot(result, _args, cache) {
            if (successId(result.startPilot)) invalidateQueryField(cache, "pilots");
          },
          pausePilot(result, _args, cache) {
            if (successId(result.pausePilot)) invalidateQueryField(cache, "pilots");
          },
          promoteVariant(result, args, cache) {
            const input = args.input as { pilotId: string };
            const payload = result.promoteVariant as { data?: { publishedVersion?: { policy?: { id: string } } } };
            if (!successId(payload)) return;
            invalidateEntityFields(cache, "Pilot", input.pilotId);
            const policy = payload.data?.publishedVersion?.policy;
            if (policy) invalidateEntityFields(cache, "Policy", policy.id);
            invalidateQueryField(cache, "pilots");
            invalidateQueryField(cache, "policies");
          },
          connectHelpdesk(result, _args, cache) {
            if (successId(result.connectHelpdesk)) invalidateQueryField(cache, "integrations");
          },
          // The event leaves the integration's failed list and its health changes: read the helpdesks again.
          retryWebhookEvent(result, _args, cache) {
            if (successId(result.retryWebhookEvent)) invalidateQueryField(cache, "integrations");
          },
          // What may be rated changes; pilot pages read their agent ratings with cache-and-network anyway.
          rateVariant(result, _args, cache) {
            if (successId(result.rateVariant)) invalidateQueryField(cache, "rateableVariants");
          },
          createApiToken(result, _args, cache) {
            if (successId(result.createApiToken)) invalidateQueryField(cache, "apiTokens");
          },
        },
      },
    }),
    fetchExchange,
  ],
});
