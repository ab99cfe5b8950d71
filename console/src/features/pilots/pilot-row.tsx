import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { formatDate } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";

export const PilotRow_PilotFragment = graphql(`
  fragment PilotRow_PilotFragment on Pilot {
    id name status unit startedAt concludedAt participantCount feedbackCount
    policy { id name }
  }
`);

export function PilotRow(props: { pilot: FragmentType<typeof PilotRow_PilotFragment> }) {
  const pilot = useFragment(PilotRow_PilotFragment, props.pilot);
  return (
    <tr>
      <td>
        <Link to={`/pilots/${pilot.id}`}>{pilot.name}</Link>
      </td>
      <td>
        <Link to={`/policies/${pilot.policy.id}`}>{pilot.policy.name}</Link>
      </td>
      <td>
        <Badge value={pilot.status} />
      </td>
      <td className="small">{pilot.unit.toLowerCase()}</td>
      <td className="num">{pilot.participantCount}</td>
      <td className="num">{pilot.feedbackCount}</td>
      <td className="small nowrap">{formatDate(pilot.startedAt)}</td>
      <td className="small nowrap">{formatDate(pilot.concludedAt)}</td>
    </tr>
  );
}
