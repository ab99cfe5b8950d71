import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";

export const RecommendationPanel_PilotResultsFragment = graphql(`
  fragment RecommendationPanel_PilotResultsFragment on PilotResults {
    requiredPerArm daysRemaining
    recommendation { action variantKey headline reasons }
  }
`);

const ACTION_CLASS: Record<string, string> = {
  SHIP: "notice",
  KEEP_CONTROL: "warning",
  UNHEALTHY: "error",
  KEEP_RUNNING: "panel",
  NO_DIFFERENCE: "panel",
};

/** What the evidence says to do, in plain words, with the planned sample. */
export function RecommendationPanel(props: { results: FragmentType<typeof RecommendationPanel_PilotResultsFragment> }) {
  const results = useFragment(RecommendationPanel_PilotResultsFragment, props.results);
  const r = results.recommendation;
  if (!r) return null;
  return (
    <section className={`recommendation ${ACTION_CLASS[r.action] ?? "panel"}`} aria-label="Recommendation">
      <strong>{r.headline}</strong>
      {r.reasons.length > 0 && (
        <ul className="small">
          {r.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {results.requiredPerArm != null && (
        <div className="small muted">
          Planned sample: {results.requiredPerArm} participants per arm to detect a 5 % CSAT lift with 80 % power
          {results.daysRemaining ? `; about ${results.daysRemaining} more days at today's traffic` : "; reached"}.
        </div>
      )}
    </section>
  );
}
