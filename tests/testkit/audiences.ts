import type { Readable } from "node:stream";
import type { GqlClient, Json } from "./graphql.js";
import type { TestServer } from "./server.js";

export const AUDIENCE_FIELDS = `audience { condition customerCount agentCount customers(first: 50)
  eligible { matching expectedInPilot coverage listed evaluatedInProcess }
  overlap { participants pilots { pilotId name policyName participants } } }`;

export const IMPORT_FIELDS = `id kind status fileName fileBytes bytesRead progress rowsRead insertedCount updatedCount memberCount
  errorCount errors { line id message } message cancelRequested`;

/** Uploads a CSV the way the console does (session cookie + CSRF header); returns the HTTP status and body. */
export async function uploadCsv(
  server: TestServer,
  client: GqlClient,
  pilotId: string,
  body: string | Buffer | Readable,
  options: { kind?: "CUSTOMER" | "AGENT"; fileName?: string; csrf?: boolean } = {},
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { "content-type": "text/csv" };
  if (options.csrf !== false) headers["x-policy-pilot-csrf"] = "1";
  if (client.cookie) headers.cookie = client.cookie;
  const isStream = typeof body === "object" && !Buffer.isBuffer(body);
  const { Readable: NodeReadable } = await import("node:stream");
  const res = await fetch(
    `${server.url}/uploads/audiences/${pilotId}?kind=${options.kind ?? "CUSTOMER"}&fileName=${encodeURIComponent(options.fileName ?? "people.csv")}`,
    {
      method: "POST",
      headers,
      body: isStream ? (NodeReadable.toWeb(body as Readable) as ReadableStream) : (body as string),
      ...(isStream ? { duplex: "half" } : {}),
    } as RequestInit,
  );
  return { status: res.status, body: await res.json() };
}

/** Uploads, waits for the background job, and returns the finished import. */
export async function importCsv(
  server: TestServer,
  client: GqlClient,
  pilotId: string,
  body: string | Buffer | Readable,
  options: { kind?: "CUSTOMER" | "AGENT" } = {},
): Promise<Json> {
  const uploaded = await uploadCsv(server, client, pilotId, body, options);
  if (uploaded.status !== 202) throw new Error(`upload refused: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  await server.services.jobs.idle();
  const data = await client.ok(`query($id: ID!) { audienceImport(id: $id) { ${IMPORT_FIELDS} } }`, {
    id: uploaded.body.importId,
  });
  return data.audienceImport;
}

export async function draftPilot(
  client: GqlClient,
  setup: { policyId: string; draftIds: string[] },
  extra: Record<string, unknown> = {},
) {
  const data = await client.mutate(
    "createPilot",
    `mutation($input: CreatePilotInput!) { createPilot(input: $input) {
       __typename ... on Error { message } ... on MutationCreatePilotSuccess { data { id } } } }`,
    {
      input: {
        policyId: setup.policyId,
        name: "Audience pilot",
        control: { weight: 0.5 },
        treatments: [{ key: "variant-1", name: "Variant 1", policyVersionId: setup.draftIds[0], weight: 0.5 }],
        ...extra,
      },
    },
  );
  return data.id as string;
}

export async function setAudience(client: GqlClient, input: Record<string, unknown>) {
  const data = await client.ok(
    `mutation($input: UpdatePilotAudienceInput!) { updatePilotAudience(input: $input) {
       __typename ... on Error { message } ... on ValidationError { issues { path message } }
       ... on MutationUpdatePilotAudienceSuccess { data { pilot { id coverage ${AUDIENCE_FIELDS} } } } } }`,
    { input },
  );
  return data.updatePilotAudience;
}

export async function pasteIds(
  client: GqlClient,
  pilotId: string,
  ids: string,
  kind: "CUSTOMER" | "AGENT" = "CUSTOMER",
) {
  const data = await client.ok(
    `mutation($input: AddAudienceMembersInput!) { addAudienceMembers(input: $input) {
       __typename ... on Error { message } ... on MutationAddAudienceMembersSuccess { data { added given pilot { ${AUDIENCE_FIELDS} } } } } }`,
    { input: { pilotId, kind, ids } },
  );
  return data.addAudienceMembers;
}

export async function audienceOf(client: GqlClient, pilotId: string) {
  const data = await client.ok(`query($id: ID!) { pilot(id: $id) { id status coverage ${AUDIENCE_FIELDS} } }`, {
    id: pilotId,
  });
  return data.pilot.audience;
}
