import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";

export const RecommendationPanel_PilotResultsFragment = graphql(`
  fragment RecommendationPanel_PilotResultsFragment on PilotResults {
    requiredPerArm daysRemaining plannedSampleReached
    design { primaryMetric mde power metrics { key label difference } }
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

/**
 * What the analysis says to do, in its own words (headline and reasons), and the planned sample. Nothing here is
 * computed: the days left appear only in the analysis's words, so "Ship" never stands next to "more days".
 */
export function RecommendationPanel(props: { results: FragmentType<typeof RecommendationPanel_PilotResultsFragment> }) {
  const results = useFragment(RecommendationPanel_PilotResultsFragment, props.results);
  const r = results.recommendation;
  if (!r) return null;
  const primary = results.design.metrics.find((m) => m.key === results.design.primaryMetric);
  const mde =
    primary?.difference === "absolute"
      ? `${results.design.mde} points`
      : `${Math.round(results.design.mde * 1000) / 10} %`;
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
          Planned sample: {results.requiredPerArm} participants per arm to detect a {mde} change in{" "}
          {primary?.label ?? results.design.primaryMetric} with {Math.round(results.design.power * 100)} % power
          {results.plannedSampleReached ? " (reached)" : ""}.
        </div>
      )}
    </section>
  );
}
