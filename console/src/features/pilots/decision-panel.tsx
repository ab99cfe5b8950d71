import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { formatDateTime } from "../../lib/format.js";

export const DecisionPanel_DecisionFragment = graphql(`
  fragment DecisionPanel_DecisionFragment on Decision {
    id outcome rationale decidedAt decidedByName
    variant { key name }
    publishedVersion { id number title }
  }
`);

/** How a concluded pilot ended: what was promoted, why, by whom and when, and the version it published. */
export function DecisionPanel(props: { decision: FragmentType<typeof DecisionPanel_DecisionFragment> }) {
  const decision = useFragment(DecisionPanel_DecisionFragment, props.decision);
  const kept = decision.outcome === "KEEP_CONTROL";
  return (
    <section className={`panel decision ${kept ? "kept" : "promoted"}`} aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      <p>
        <strong>{kept ? "Kept the published policy (control)" : `Promoted “${decision.variant.name}”`}</strong>
        {decision.publishedVersion && (
          <>
            {" "}
            — published as{" "}
            <Link to={`/versions/${decision.publishedVersion.id}`}>
              v{decision.publishedVersion.number} · {decision.publishedVersion.title}
            </Link>
          </>
        )}
      </p>
      <blockquote>{decision.rationale}</blockquote>
      <p className="small muted">
        Decided by {decision.decidedByName}, {formatDateTime(decision.decidedAt)}.
      </p>
    </section>
  );
}
