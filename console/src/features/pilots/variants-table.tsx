import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { percent } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";

export const VariantsTable_PilotFragment = graphql(`
  fragment VariantsTable_PilotFragment on Pilot {
    variants { id key name weight isControl participantCount policyVersion { id number title status } }
  }
`);

/** The pilot's arms: which policy version each serves, its share of new participants and who it has. */
export function VariantsTable(props: { pilot: FragmentType<typeof VariantsTable_PilotFragment> }) {
  const { variants } = useFragment(VariantsTable_PilotFragment, props.pilot);
  return (
    <table aria-label="Variants">
      <thead>
        <tr>
          <th scope="col">Variant</th>
          <th scope="col">Policy version</th>
          <th scope="col" className="num">
            Weight
          </th>
          <th scope="col" className="num">
            Participants
          </th>
        </tr>
      </thead>
      <tbody>
        {variants.map((v) => (
          <tr key={v.id}>
            <th scope="row">
              {v.name} <span className="small muted">{v.isControl ? "control" : v.key}</span>
            </th>
            <td>
              <Link to={`/versions/${v.policyVersion.id}`}>
                v{v.policyVersion.number} · {v.policyVersion.title}
              </Link>{" "}
              <Badge value={v.policyVersion.status} />
            </td>
            <td className="num">{percent(v.weight, 0)}</td>
            <td className="num">{v.participantCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
