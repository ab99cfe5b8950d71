import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { formatDate } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { Badge } from "../../ui/badge.js";
import { ErrorText } from "../../ui/error-text.js";
import { useCan } from "../auth/use-viewer.js";
import { PolicySections } from "./policy-sections.js";
import { CONTENT_FIELDS, type PolicyContent, SECTIONS } from "./sections.js";

const VersionPageQuery = `
  query VersionPageQuery($id: ID!) {
    node(id: $id) {
      ... on PolicyVersion {
        id number title status changeNote reviewBy createdAt publishedAt createdByName publishedByName
        content { ${CONTENT_FIELDS} }
        basedOn { id number }
        policy { id name key }
      }
    }
  }`;

type Version = {
  id: string;
  number: number;
  title: string;
  status: string;
  changeNote: string;
  reviewBy: string | null;
  createdAt: string;
  publishedAt: string | null;
  createdByName: string | null;
  publishedByName: string | null;
  content: PolicyContent;
  basedOn: { id: string; number: number } | null;
  policy: { id: string; name: string; key: string };
};

const UpdateMutation = `
  mutation VersionPageUpdateMutation($input: UpdatePolicyVersionInput!) {
    updatePolicyVersion(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationUpdatePolicyVersionSuccess { data { id title } }
    }
  }`;

const PublishMutation = `
  mutation VersionPagePublishMutation($input: PublishPolicyVersionInput!) {
    publishPolicyVersion(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationPublishPolicyVersionSuccess { data { id status } }
    }
  }`;

export function VersionPage() {
  const { versionId = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery<{ node: Version | null }>({
    query: VersionPageQuery,
    variables: { id: versionId },
  });
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [, publish] = useMutation(PublishMutation);

  if (fetching && !data) return <p className="muted">Loading…</p>;
  if (error) return <ErrorText message={error.message} />;
  const version = data?.node;
  if (!version?.policy) return <ErrorText message={`No policy version with id ${versionId} exists.`} />;

  async function doPublish() {
    if (!version) return;
    const result = await publish({ input: { versionId: version.id } });
    const outcome = outcomeOf(result.error, result.data?.publishPolicyVersion);
    setMessage(
      outcome.ok
        ? { ok: true, text: `v${version.number} is now the published version.` }
        : { ok: false, text: outcome.message },
    );
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <>
      <p className="small">
        <Link to="/policies">Policies</Link> / <Link to={`/policies/${version.policy.id}`}>{version.policy.name}</Link>{" "}
        / v{version.number}
      </p>
      <div className="spread">
        <div>
          <h1>
            v{version.number} · {version.title} <Badge value={version.status} />
          </h1>
          <p className="small muted">
            Created {formatDate(version.createdAt)}
            {version.createdByName ? ` by ${version.createdByName}` : ""}
            {version.basedOn ? ` from v${version.basedOn.number}` : ""}
            {version.publishedAt ? ` · published ${formatDate(version.publishedAt)}` : ""} · review by{" "}
            {formatDate(version.reviewBy)}
          </p>
          {version.changeNote && <p>{version.changeNote}</p>}
        </div>
        <div className="row">
          {version.status === "DRAFT" && can.editPolicies && !editing && (
            <button type="button" onClick={() => setEditing(true)}>
              Edit draft
            </button>
          )}
          {version.status === "DRAFT" && can.publish && (
            <button type="button" className="primary" onClick={doPublish}>
              Publish this version
            </button>
          )}
        </div>
      </div>
      {message && (message.ok ? <div className="notice">{message.text}</div> : <ErrorText message={message.text} />)}
      {editing ? (
        <EditDraftForm
          version={version}
          onDone={(text) => {
            setEditing(false);
            if (text) setMessage({ ok: true, text });
            refetch({ requestPolicy: "network-only" });
          }}
        />
      ) : (
        <div className="panel">
          <PolicySections content={version.content} />
        </div>
      )}
    </>
  );
}

function EditDraftForm({ version, onDone }: { version: Version; onDone: (message: string | null) => void }) {
  const [title, setTitle] = useState(version.title);
  const [changeNote, setChangeNote] = useState(version.changeNote);
  const [content, setContent] = useState<PolicyContent>(version.content);
  const [error, setError] = useState<string | null>(null);
  const [state, update] = useMutation(UpdateMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ input: { versionId: version.id, title, changeNote, content } });
    const outcome = outcomeOf(result.error, result.data?.updatePolicyVersion);
    if (outcome.ok) onDone("Draft saved.");
    else setError(outcome.message);
  }

  return (
    <form className="panel" onSubmit={submit}>
      <label htmlFor="edit-title">Title</label>
      <input id="edit-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <label htmlFor="edit-note">Change note</label>
      <input id="edit-note" value={changeNote} onChange={(e) => setChangeNote(e.target.value)} />
      {SECTIONS.map(([key, label]) => (
        <div key={key}>
          <label htmlFor={`edit-${key}`}>{label}</label>
          <textarea
            id={`edit-${key}`}
            rows={5}
            value={content[key]}
            onChange={(e) => setContent({ ...content, [key]: e.target.value })}
          />
        </div>
      ))}
      <ErrorText message={error} />
      <div className="row">
        <button className="primary" type="submit" disabled={state.fetching}>
          Save draft
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
