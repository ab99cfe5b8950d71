import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDate } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { Badge } from "../../ui/badge.js";
import { CopyButton } from "../../ui/copy-button.js";
import { ErrorText } from "../../ui/error-text.js";

const ApiTokensSectionQuery = graphql(`
  query ApiTokensSectionQuery {
    apiTokens { id name prefix createdAt createdByName revokedAt }
  }
`);

const ApiTokensSectionCreateMutation = graphql(`
  mutation ApiTokensSectionCreateMutation($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationCreateApiTokenSuccess { data { id name secret } }
    }
  }
`);

const ApiTokensSectionRevokeMutation = graphql(`
  mutation ApiTokensSectionRevokeMutation($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationRevokeApiTokenSuccess { data { id revokedAt } }
    }
  }
`);

/** Admins create and revoke the Bearer tokens helpdesk integrations use for policyFor, submitFeedback and the rest. */
export function ApiTokensSection() {
  const [{ data, error }] = useQuery({ query: ApiTokensSectionQuery });
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [createState, create] = useMutation(ApiTokensSectionCreateMutation);
  const [, revoke] = useMutation(ApiTokensSectionRevokeMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { name } });
    const outcome = outcomeOf(result.error, result.data?.createApiToken);
    if (outcome.ok) {
      setSecret(outcome.data);
      setName("");
      setFailure(null);
    } else setFailure(outcome.message);
  }

  async function doRevoke(token: { id: string }) {
    const result = await revoke({ input: { tokenId: token.id } });
    const outcome = outcomeOf(result.error, result.data?.revokeApiToken);
    setFailure(outcome.ok ? null : outcome.message);
  }

  return (
    <section aria-labelledby="api-tokens-heading">
      <h2 id="api-tokens-heading">API tokens</h2>
      <p className="muted">
        Helpdesk apps and scripts call <code>policyFor</code>, <code>submitFeedback</code>,{" "}
        <code>surveyInvitation</code> and <code>recordInteractionEvent</code> on <code>/graphql</code> with{" "}
        <code>Authorization: Bearer &lt;token&gt;</code> (see the README).
      </p>
      <ErrorText message={error?.message ?? failure} />
      {secret && (
        <div className="notice" role="status">
          Token for <strong>{secret.name}</strong>: <code className="wrap-anywhere">{secret.secret}</code>{" "}
          <CopyButton text={secret.secret} label="Copy the token" />
          <div className="small">Copy it now: it is shown only once and only its hash is stored.</div>
        </div>
      )}
      <form className="panel row" onSubmit={submit}>
        <div style={{ flex: 1 }}>
          <label htmlFor="token-name">New token for</label>
          <input
            id="token-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="zendesk-production"
            required
          />
        </div>
        <button className="primary" type="submit" disabled={createState.fetching} style={{ alignSelf: "flex-end" }}>
          Create token
        </button>
      </form>
      <div className="table-scroll">
        <table aria-label="API tokens">
          <thead>
            <tr>
              <th>Name</th>
              <th>Starts with</th>
              <th>Created</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data?.apiTokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td className="small">
                  {formatDate(token.createdAt)} · {token.createdByName}
                </td>
                <td>{token.revokedAt ? <Badge value="REVOKED" /> : <Badge value="ACTIVE" />}</td>
                <td>
                  {!token.revokedAt && (
                    <button type="button" className="danger" onClick={() => doRevoke(token)}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {data?.apiTokens.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  No tokens yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
