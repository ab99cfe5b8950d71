import { AgentRatingPanel } from "./agent-rating-panel.js";
import { PolicyPreviewPanel } from "./policy-preview-panel.js";

/** The agent's page (ADR 0020): which text applies to a customer (recording nothing), and rating your variant. */
export function AgentPage() {
  return (
    <>
      <h1>Agent</h1>
      <PolicyPreviewPanel />
      <AgentRatingPanel />
    </>
  );
}
