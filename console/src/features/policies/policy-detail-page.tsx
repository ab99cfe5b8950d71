import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { formatDate } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { Badge } from "../../ui/badge.js";
import { ErrorText } from "../../ui/error-text.js";
import { useCan } from "../auth/use-viewer.js";
import { PolicySections } from "./policy-sections.js";
import { CONTENT_FIELDS, type PolicyContent } from "./sections.js";

const PolicyDetailPageQuery = `
  query PolicyDetailPageQuery($id: String!, $policyId: ID!) {
    policy(idOrKey: $id) {
      id key name description
      publishedVersion { id number title changeNote reviewBy publishedAt publishedByName content { ${CONTENT_FIELDS} } }
      versions(first: 50) { totalCount edges { node { id number title status changeNote createdAt createdByName publishedAt } } }
    }
    pilots(first: 20, policyId: $policyId) { edges { node { id name status startedAt participantCount } } }
  }`;

type Version = {
  id: string;
  number: number;
  title: string;
  status: string;
  changeNote: string;
  createdAt: string;
  createdByName: string | null;
  publishedAt: string | null;
};
type Data = {
  policy: {
    id: string;
    key: string;
    name: string;
    description: string;
    publishedVersion: {
      id: string;
      number: number;
      title: string;
      changeNote: string;
      reviewBy: string | null;
      publishedAt: string;
      publishedByName: string | null;
      content: PolicyContent;
    } | null;
    versions: { totalCount: number; edges: { node: Version }[] };
  } | null;
  pilots: {
    edges: { node: { id: string; name: string; status: string; startedAt: string | null; participantCount: number } }[];
  };
};

export function PolicyDetailPage() {
  const { policyId = "" } = useParams();
  const [{ data, fetching, error }] = useQuery<Data>({
    query: PolicyDetailPageQuery,
    variables: { id: policyId, policyId },
  });
  const can = useCan();
  if (fetching && !data) return <p className="muted">Loading…</p>;
  if (error) return <ErrorText message={error.message} />;
  const policy = data?.policy;
  if (!policy) return <ErrorText message={`No policy with id ${policyId} exists.`} />;
  const published = policy.publishedVersion;

  return (
    <>
      <p className="small">
        <Link to="/policies">Policies</Link> / {policy.key}
      </p>
      <div className="spread">
        <div>
          <h1>{policy.name}</h1>
          <p className="muted">{policy.description}</p>
        </div>
        {can.runPilots && published && (
          <Link className="button primary" to={`/policies/${policy.id}/new-pilot`}>
            New pilot
          </Link>
        )}
      </div>

      <section className="panel" aria-label="Published version">
        <h2>Published version</h2>
        {published ? (
          <>
            <p>
              <strong>
                <Link to={`/versions/${published.id}`}>v{published.number}</Link> · {published.title}
              </strong>{" "}
              <Badge value="PUBLISHED" />
            </p>
            <p className="small muted">
              Published {formatDate(published.publishedAt)}
              {published.publishedByName ? ` by ${published.publishedByName}` : ""} · review by{" "}
              {formatDate(published.reviewBy)}
              {published.changeNote ? ` · ${published.changeNote}` : ""}
            </p>
            <PolicySections content={published.content} />
          </>
        ) : (
          <p className="muted">No version is published yet. A manager publishes a draft below.</p>
        )}
      </section>

      <h2>Versions</h2>
      <table aria-label="Versions">
        <thead>
          <tr>
            <th>Version</th>
            <th>Status</th>
            <th>Change note</th>
            <th>Created</th>
          </tr>
        </thead>
        <tbody>
          {policy.versions.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <Link to={`/versions/${node.id}`}>
                  v{node.number} · {node.title}
                </Link>
              </td>
              <td>
                <Badge value={node.status} />
              </td>
              <td className="small">{node.changeNote || "—"}</td>
              <td className="small">
                {formatDate(node.createdAt)}
                {node.createdByName ? ` · ${node.createdByName}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {data.pilots.edges.length > 0 && (
        <>
          <h2>Pilots</h2>
          <ul>
            {data.pilots.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/pilots/${node.id}`}>{node.name}</Link> <Badge value={node.status} />{" "}
                <span className="small muted">{node.participantCount} participants</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {can.editPolicies && <NewDraftForm policyId={policy.id} base={published?.content ?? null} />}
    </>
  );
}

const CreateVersionMutation = `
  mutation NewDraftFormMutation($input: CreatePolicyVersionInput!) {
    createPolicyVersion(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationCreatePolicyVersionSuccess { data { id } }
    }
  }`;

function NewDraftForm({ policyId, base }: { policyId: string; base: PolicyContent | null }) {
  const [title, setTitle] = useState("");
  const [changeNote, setChangeNote] = useState("");
  const [procedures, setProcedures] = useState(base?.procedures ?? "");
  const [error, setError] = useState<string | null>(null);
  const [state, create] = useMutation(CreateVersionMutation);
  const navigate = useNavigate();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { policyId, title, changeNote, content: { procedures } } });
    const outcome = outcomeOf<{ id: string }>(result.error, result.data?.createPolicyVersion);
    if (outcome.ok) navigate(`/versions/${outcome.data.id}`);
    else setError(outcome.message);
  }

  return (
    <form className="panel" onSubmit={submit} style={{ marginTop: "1.5rem" }}>
      <h2>New draft</h2>
      <p className="small muted">
        Starts from the published version; change the procedures here and the other sections on the draft's page.
      </p>
      <label htmlFor="draft-title">Title</label>
      <input id="draft-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <label htmlFor="draft-note">Change note</label>
      <input
        id="draft-note"
        value={changeNote}
        onChange={(e) => setChangeNote(e.target.value)}
        placeholder="What changes, and why"
      />
      <label htmlFor="draft-procedures">Procedures</label>
      <textarea id="draft-procedures" rows={8} value={procedures} onChange={(e) => setProcedures(e.target.value)} />
      <ErrorText message={error} />
      <button className="primary" type="submit" disabled={state.fetching}>
        Create draft
      </button>
    </form>
  );
}
