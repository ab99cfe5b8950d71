import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { formatDate } from "../../lib/format.js";

export const PolicyRow_PolicyFragment = graphql(`
  fragment PolicyRow_PolicyFragment on Policy {
    id key name updatedAt draftCount
    publishedVersion { id number title reviewBy }
  }
`);

export function PolicyRow(props: { policy: FragmentType<typeof PolicyRow_PolicyFragment> }) {
  const policy = useFragment(PolicyRow_PolicyFragment, props.policy);
  const published = policy.publishedVersion;
  return (
    <tr>
      <td>
        <Link to={`/policies/${policy.id}`}>{policy.name}</Link>
        <div className="small muted">{policy.key}</div>
      </td>
      <td>
        {published ? `v${published.number} · ${published.title}` : <span className="muted">Not published yet</span>}
      </td>
      <td className="num">{policy.draftCount}</td>
      <td>{formatDate(published?.reviewBy)}</td>
      <td>{formatDate(policy.updatedAt)}</td>
    </tr>
  );
}
