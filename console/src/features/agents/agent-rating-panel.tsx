import { type FormEvent, useId, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDateTime } from "../../lib/format.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { fieldError } from "../../ui/field-error.js";
import { MAX_AGENT_COMMENT_CHARS, SCORES } from "./words.js";

const AgentRatingPanelQuery = graphql(`
  query AgentRatingPanelQuery {
    viewer { id helpdeskAgentId }
    rateableVariants {
      pilotId pilotName pilotUnit policyName variantId variantKey variantName isControl canRate nextRatingAt reason
      isYourVariant
    }
  }
`);

const AgentRatingPanelMutation = graphql(`
  mutation AgentRatingPanelMutation($input: RateVariantInput!) {
    rateVariant(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on AlreadyRatedError { nextRatingAt }
      ... on MutationRateVariantSuccess { data { id clarity workability weekStart variant { id name } } }
    }
  }
`);

/**
 * Rate the variant you work under: clarity and workability 1–5 and a comment, once per variant per ISO week (UTC),
 * while its pilot runs (ADR 0020). Variants you may not rate now are listed with the reason.
 */
export function AgentRatingPanel() {
  const ids = useId();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: AgentRatingPanelQuery,
    requestPolicy: "cache-and-network",
  });
  const [state, rate] = useMutation(AgentRatingPanelMutation);
  const [variantId, setVariantId] = useState("");
  const [clarity, setClarity] = useState("");
  const [workability, setWorkability] = useState("");
  const [comment, setComment] = useState("");
  const [failure, setFailure] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (error && !data) return <ErrorText message={`Could not load the variants: ${error.message}`} />;
  if (!data) return <p className="muted">{fetching ? "Loading…" : "Nothing to rate."}</p>;
  const variants = data.rateableVariants;
  const open = variants.filter((v) => v.canRate);
  const closed = variants.filter((v) => !v.canRate);
  const chosen = variantId || open[0]?.variantId || "";

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setSaved(null);
    const result = await rate({
      input: {
        variantId: chosen,
        clarity: Number(clarity),
        workability: Number(workability),
        comment: comment || null,
      },
    });
    const outcome = outcomeOf(result.error, result.data?.rateVariant);
    if (outcome.ok) {
      setSaved(
        `Thank you: your rating of “${outcome.data.variant.name}” is saved (clarity ${outcome.data.clarity}, workability ${outcome.data.workability}). You can rate it again next week.`,
      );
      setVariantId("");
      setClarity("");
      setWorkability("");
      setComment("");
    } else setFailure(outcome);
    refetch({ requestPolicy: "network-only" });
  }

  const field = (key: string) => fieldError(ids, failure?.issues, key);
  const clarityField = field("clarity");
  const workabilityField = field("workability");
  const commentField = field("comment");

  return (
    <section aria-labelledby={`${ids}-heading`} className="panel">
      <h2 id={`${ids}-heading`}>Rate the variant you work under</h2>
      <p className="small muted">
        Once per variant per week (weeks start Monday, UTC), while its pilot runs.{" "}
        {data.viewer?.helpdeskAgentId
          ? `Your helpdesk agent id is ${data.viewer.helpdeskAgentId}: in pilots that assign agents you rate your own variant.`
          : "No helpdesk agent id is set for you, so you may rate any variant of a running pilot."}
      </p>
      {saved && (
        <div className="notice" role="status">
          {saved}
        </div>
      )}
      {variants.length === 0 && <p className="muted">No pilot is running: there is nothing to rate.</p>}
      {open.length > 0 && (
        <form onSubmit={submit}>
          <label htmlFor={`${ids}-variant`}>Variant</label>
          <select id={`${ids}-variant`} value={chosen} onChange={(e) => setVariantId(e.target.value)}>
            {open.map((v) => (
              <option key={v.variantId} value={v.variantId}>
                {v.policyName} · {v.pilotName} · {v.variantName}
                {v.isControl ? " (control)" : ""}
                {v.isYourVariant ? " — yours" : ""}
              </option>
            ))}
          </select>
          <div className="grid-2">
            <div>
              <label htmlFor={`${ids}-clarity`}>Clarity</label>
              <select
                id={`${ids}-clarity`}
                value={clarity}
                onChange={(e) => setClarity(e.target.value)}
                required
                {...clarityField.props}
              >
                <option value="">Choose 1–5</option>
                {SCORES.map((s) => (
                  <option key={s} value={s}>
                    {s} {s === 1 ? "(unclear)" : s === 5 ? "(very clear)" : ""}
                  </option>
                ))}
              </select>
              {clarityField.message}
              <div className="field-hint">How clear is the text when you apply it?</div>
            </div>
            <div>
              <label htmlFor={`${ids}-workability`}>Workability</label>
              <select
                id={`${ids}-workability`}
                value={workability}
                onChange={(e) => setWorkability(e.target.value)}
                required
                {...workabilityField.props}
              >
                <option value="">Choose 1–5</option>
                {SCORES.map((s) => (
                  <option key={s} value={s}>
                    {s} {s === 1 ? "(unworkable)" : s === 5 ? "(works well)" : ""}
                  </option>
                ))}
              </select>
              {workabilityField.message}
              <div className="field-hint">Can you do what it asks within a ticket?</div>
            </div>
          </div>
          <label htmlFor={`${ids}-comment`}>Comment</label>
          <textarea
            id={`${ids}-comment`}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={MAX_AGENT_COMMENT_CHARS}
            rows={3}
            {...commentField.props}
          />
          {commentField.message}
          <div className="field-hint">
            Optional; {MAX_AGENT_COMMENT_CHARS - comment.length} of {MAX_AGENT_COMMENT_CHARS} characters left. Managers
            see comments per variant, not who wrote them.
          </div>
          <ErrorText message={failure?.message} issues={failure?.issues} />
          <button className="primary" type="submit" disabled={state.fetching || !chosen}>
            Rate variant
          </button>
        </form>
      )}
      {closed.length > 0 && (
        <>
          <h3>Not open to you now</h3>
          <ul className="plain-list">
            {closed.map((v) => (
              <li key={v.variantId}>
                {v.policyName} · {v.pilotName} · <strong>{v.variantName}</strong>
                <div className="small muted">
                  {v.reason}
                  {v.nextRatingAt ? ` (${formatDateTime(v.nextRatingAt)})` : ""}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
