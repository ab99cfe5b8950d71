import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { Badge } from "../../ui/badge.js";
import { ErrorText } from "../../ui/error-text.js";
import { useCan } from "../auth/use-viewer.js";
import { NewDraftForm } from "./new-draft-form.js";
import { PublishedVersionPanel } from "./published-version-panel.js";
import { VersionsTable } from "./versions-table.js";

const PolicyDetailPageQuery = graphql(`
  query PolicyDetailPageQuery($id: String!, $policyId: ID!) {
    policy(idOrKey: $id) {
      id key name description
      publishedVersion { id ...PublishedVersionPanel_PolicyVersionFragment ...NewDraftForm_PolicyVersionFragment }
      ...VersionsTable_PolicyFragment
    }
    pilots(first: 20, policyId: $policyId) {
      edges { node { id name status startedAt participantCount } }
    }
  }
`);

export function PolicyDetailPage() {
  const { policyId = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PolicyDetailPageQuery, variables: { id: policyId, policyId } });
  const can = useCan();
  if (fetching && !data) return <p className="muted">Loading…</p>;
  if (error && !data) return <ErrorText message={`Could not load the policy: ${error.message}`} />;
  const policy = data?.policy;
  if (!policy) return <ErrorText message={`No policy with id ${policyId} exists.`} />;
  const published = policy.publishedVersion;
  const pilots = data.pilots.edges.map((edge) => edge.node);

  return (
    <>
      <p className="small breadcrumbs">
        <Link to="/policies">Policies</Link> / {policy.key}
      </p>
      <div className="spread">
        <div>
          <h1>{policy.name}</h1>
          {policy.description && <p className="muted">{policy.description}</p>}
        </div>
        {can.runPilots && published && (
          <Link className="button primary" to={`/policies/${policy.id}/new-pilot`}>
            New pilot
          </Link>
        )}
      </div>

      <PublishedVersionPanel version={published} />

      <h2>Versions</h2>
      <VersionsTable policy={policy} />

      <h2>Pilots</h2>
      {pilots.length > 0 ? (
        <ul className="plain-list">
          {pilots.map((pilot) => (
            <li key={pilot.id}>
              <Link to={`/pilots/${pilot.id}`}>{pilot.name}</Link> <Badge value={pilot.status} />{" "}
              <span className="small muted">{pilot.participantCount} participants</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          No pilots of this policy yet.
          {can.runPilots && !published && " Publish a version first: it is the control of every pilot."}
        </p>
      )}

      {can.editPolicies &&
        (published ? (
          <NewDraftForm key={published.id} policyId={policy.id} base={published} />
        ) : (
          <p className="muted">
            Drafts start from the published version; edit the existing draft until one is published.
          </p>
        ))}
    </>
  );
}
