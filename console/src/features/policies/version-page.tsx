import { useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDate } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { Badge } from "../../ui/badge.js";
import { ErrorText } from "../../ui/error-text.js";
import { useCan } from "../auth/use-viewer.js";
import { EditDraftForm } from "./edit-draft-form.js";
import { PolicySections } from "./policy-sections.js";

const VersionPageQuery = graphql(`
  query VersionPageQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on PolicyVersion {
        id number title status changeNote reviewBy createdAt publishedAt archivedAt createdByName publishedByName
        content { ...PolicySections_PolicyContentFragment }
        basedOn { id number }
        policy { id name key publishedVersion { id number } }
        ...EditDraftForm_PolicyVersionFragment
      }
    }
  }
`);

const VersionPagePublishMutation = graphql(`
  mutation VersionPagePublishMutation($input: PublishPolicyVersionInput!) {
    publishPolicyVersion(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationPublishPolicyVersionSuccess { data { id status publishedAt publishedByName policy { id } } }
    }
  }
`);

export function VersionPage() {
  const { versionId = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: VersionPageQuery, variables: { id: versionId } });
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [publishState, publish] = useMutation(VersionPagePublishMutation);

  if (fetching && !data) return <p className="muted">Loading…</p>;
  if (error && !data) return <ErrorText message={`Could not load the version: ${error.message}`} />;
  const version = data?.node?.__typename === "PolicyVersion" ? data.node : null;
  if (!version) return <ErrorText message={`No policy version with id ${versionId} exists.`} />;
  const current = version.policy.publishedVersion;

  async function doPublish(versionId: string, number: number) {
    setConfirming(false);
    const result = await publish({ input: { versionId } });
    const outcome = outcomeOf(result.error, result.data?.publishPolicyVersion);
    setMessage(
      outcome.ok
        ? { ok: true, text: `v${number} is now the published version.` }
        : { ok: false, text: outcome.message },
    );
  }

  return (
    <>
      <p className="small breadcrumbs">
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
            {version.basedOn && (
              <>
                {" "}
                from <Link to={`/versions/${version.basedOn.id}`}>v{version.basedOn.number}</Link>
              </>
            )}
            {version.publishedAt
              ? ` · published ${formatDate(version.publishedAt)}${version.publishedByName ? ` by ${version.publishedByName}` : ""}`
              : ""}
            {version.archivedAt ? ` · archived ${formatDate(version.archivedAt)}` : ""} · review by{" "}
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
          {version.status === "DRAFT" && can.publish && !confirming && (
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              Publish this version
            </button>
          )}
        </div>
      </div>
      {confirming && (
        <section className="warning" aria-label="Confirm publishing">
          <p>
            Publish v{version.number} for every customer?
            {current ? ` It replaces v${current.number}, which is archived.` : ""}
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={publishState.fetching}
              onClick={() => doPublish(version.id, version.number)}
            >
              Publish v{version.number}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {message &&
        (message.ok ? (
          <div className="notice" role="status">
            {message.text}
          </div>
        ) : (
          <ErrorText message={message.text} />
        ))}
      {editing ? (
        <EditDraftForm
          version={version}
          onDone={(text) => {
            setEditing(false);
            if (text) setMessage({ ok: true, text });
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
