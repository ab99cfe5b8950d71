import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { formatDate } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";

export const VersionsTable_PolicyFragment = graphql(`
  fragment VersionsTable_PolicyFragment on Policy {
    versions(first: 50) {
      totalCount
      edges { node { id number title status changeNote createdAt createdByName basedOn { id number } } }
    }
  }
`);

/** Every version of a policy, newest first, with its status. */
export function VersionsTable(props: { policy: FragmentType<typeof VersionsTable_PolicyFragment> }) {
  const { versions } = useFragment(VersionsTable_PolicyFragment, props.policy);
  return (
    <>
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
          {versions.edges.map(({ node }) => (
            <tr key={node.id}>
              <td className="nowrap">
                <Link to={`/versions/${node.id}`}>
                  v{node.number} · {node.title}
                </Link>
                {node.basedOn && <div className="small muted">from v{node.basedOn.number}</div>}
              </td>
              <td>
                <Badge value={node.status} />
              </td>
              <td className="small">{node.changeNote || "—"}</td>
              <td className="small nowrap">
                {formatDate(node.createdAt)}
                {node.createdByName && <div className="muted">{node.createdByName}</div>}
              </td>
            </tr>
          ))}
          {versions.edges.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                No versions yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {versions.totalCount > versions.edges.length && (
        <p className="small muted">
          Showing the newest {versions.edges.length} of {versions.totalCount} versions.
        </p>
      )}
    </>
  );
}
