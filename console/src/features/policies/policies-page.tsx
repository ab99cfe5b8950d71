import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { formatDate } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { useCan } from "../auth/use-viewer.js";

const PoliciesPageQuery = `
  query PoliciesPageQuery($search: String, $after: String) {
    policies(first: 25, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id key name description updatedAt draftCount publishedVersion { number title reviewBy } } }
    }
  }`;

type PolicyRow = {
  id: string;
  key: string;
  name: string;
  description: string;
  updatedAt: string;
  draftCount: number;
  publishedVersion: { number: number; title: string; reviewBy: string | null } | null;
};

export function PoliciesPage() {
  const [search, setSearch] = useState("");
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery<{
    policies: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: PolicyRow }[];
    };
  }>({ query: PoliciesPageQuery, variables: { search: search || null, after } });
  const can = useCan();

  return (
    <>
      <div className="spread">
        <div>
          <h1>Policies</h1>
          <p className="muted">Customer-service policies, their published versions and drafts.</p>
        </div>
        <input
          aria-label="Search policies"
          placeholder="Search by name or key"
          style={{ maxWidth: 280 }}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setAfter(null);
          }}
        />
      </div>
      <ErrorText message={error?.message} />
      {fetching && !data && <p className="muted">Loading…</p>}
      {data && (
        <table aria-label="Policies">
          <thead>
            <tr>
              <th>Policy</th>
              <th>Published</th>
              <th className="num">Drafts</th>
              <th>Review by</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {data.policies.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/policies/${node.id}`}>{node.name}</Link>
                  <div className="small muted">{node.key}</div>
                </td>
                <td>
                  {node.publishedVersion
                    ? `v${node.publishedVersion.number} · ${node.publishedVersion.title}`
                    : "Not published yet"}
                </td>
                <td className="num">{node.draftCount}</td>
                <td>{formatDate(node.publishedVersion?.reviewBy)}</td>
                <td>{formatDate(node.updatedAt)}</td>
              </tr>
            ))}
            {data.policies.edges.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  No policies match.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {data?.policies.pageInfo.hasNextPage && (
        <p>
          <button type="button" onClick={() => setAfter(data.policies.pageInfo.endCursor)}>
            Next page
          </button>
        </p>
      )}
      {can.editPolicies && <NewPolicyForm />}
    </>
  );
}

const CreatePolicyMutation = `
  mutation NewPolicyFormMutation($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationCreatePolicySuccess { data { id } }
    }
  }`;

function NewPolicyForm() {
  const [key, setKey] = useState("");
  const [name, setName] = useState("");
  const [purpose, setPurpose] = useState("");
  const [error, setError] = useState<{ message: string; issues?: { path: string[]; message: string }[] } | null>(null);
  const [state, create] = useMutation(CreatePolicyMutation);
  const navigate = useNavigate();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { key, name, versionTitle: name, content: { purpose } } });
    const outcome = outcomeOf<{ id: string }>(result.error, result.data?.createPolicy);
    if (outcome.ok) navigate(`/policies/${outcome.data.id}`);
    else setError(outcome);
  }

  return (
    <form className="panel" onSubmit={submit} style={{ marginTop: "1.5rem" }}>
      <h2>New policy</h2>
      <div className="grid-2">
        <div>
          <label htmlFor="policy-name">Name</label>
          <input id="policy-name" value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div>
          <label htmlFor="policy-key">Key</label>
          <input
            id="policy-key"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            placeholder="returns-and-refunds"
            required
          />
          <div className="field-hint">
            Lowercase letters, digits and hyphens; integrations ask for the policy by this key.
          </div>
        </div>
      </div>
      <label htmlFor="policy-purpose">Purpose</label>
      <textarea id="policy-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      <ErrorText message={error?.message} issues={error?.issues} />
      <button className="primary" type="submit" disabled={state.fetching}>
        Create policy (draft v1)
      </button>
    </form>
  );
}
