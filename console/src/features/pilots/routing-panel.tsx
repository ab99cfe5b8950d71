import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";

const RoutingPanelQuery = graphql(`
  query RoutingPanelQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Pilot {
        id unit status customerRouting consistencyViolations
        variants { id key name agentGroup }
      }
    }
  }
`);

const RoutingPanelMutation = graphql(`
  mutation RoutingPanelMutation($input: SetPilotRoutingInput!) {
    setPilotRouting(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationSetPilotRoutingSuccess { data { id customerRouting variants { id agentGroup } } }
    }
  }
`);

/**
 * Two-sided resolution (ADR 0025): in a pilot that assigns customers, whether agents serve both arms or customers
 * are routed to their arm's agent group (policyFor then names it); in one that assigns agents, how many customers
 * were served under two arms.
 */
export function RoutingPanel({ pilotId, canEdit }: { pilotId: string; canEdit: boolean }) {
  const [{ data, error: loadError }, reload] = useQuery({ query: RoutingPanelQuery, variables: { id: pilotId } });
  const pilot = data?.node?.__typename === "Pilot" ? data.node : null;
  const [draft, setDraft] = useState<{ byArm: boolean; groups: Record<string, string> } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string; issues?: Issue[] } | null>(null);
  const [state, save] = useMutation(RoutingPanelMutation);
  if (loadError && !data) return <ErrorText message={`Could not load the routing: ${loadError.message}`} />;
  if (!pilot) return null;

  const violations = (
    <p className="small">
      Customers served under two arms: <strong>{pilot.consistencyViolations}</strong>
      {pilot.unit === "AGENT" ? " (each customer gets the variant of the agent serving them)." : "."}
    </p>
  );
  if (pilot.unit === "AGENT") {
    return (
      <section aria-labelledby="routing-heading">
        <h2 id="routing-heading">Routing</h2>
        {violations}
      </section>
    );
  }
  const current = draft ?? {
    byArm: pilot.customerRouting === "BY_ARM",
    groups: Object.fromEntries(pilot.variants.map((v) => [v.key, v.agentGroup ?? ""])),
  };
  const editable = canEdit && pilot.status !== "CONCLUDED";

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save({
      input: {
        pilotId,
        routing: current.byArm ? "BY_ARM" : "ANY_AGENT",
        agentGroups: Object.entries(current.groups).map(([variantKey, agentGroup]) => ({ variantKey, agentGroup })),
      },
    });
    const outcome = outcomeOf(result.error, result.data?.setPilotRouting);
    if (outcome.ok) {
      setMessage({ ok: true, text: "Routing saved." });
      setDraft(null);
      reload({ requestPolicy: "network-only" });
    } else setMessage({ ok: false, text: outcome.message, issues: outcome.issues });
  }

  return (
    <section aria-labelledby="routing-heading">
      <h2 id="routing-heading">Routing</h2>
      <p className="small muted">
        {current.byArm
          ? "Customers are routed to their arm's agent group: policyFor names it with the answer."
          : "Agents serve customers of both arms; policyFor gives each customer their own variant's text."}
      </p>
      {violations}
      {editable && (
        <form onSubmit={submit}>
          <label>
            <input
              type="checkbox"
              checked={current.byArm}
              onChange={(e) => setDraft({ ...current, byArm: e.target.checked })}
            />{" "}
            Route customers by arm
          </label>
          {current.byArm &&
            pilot.variants.map((v) => (
              <div key={v.id}>
                <label htmlFor={`agent-group-${v.key}`}>Agent group for {v.name}</label>
                <input
                  id={`agent-group-${v.key}`}
                  value={current.groups[v.key] ?? ""}
                  onChange={(e) => setDraft({ ...current, groups: { ...current.groups, [v.key]: e.target.value } })}
                />
              </div>
            ))}
          <button type="submit" disabled={state.fetching}>
            Save routing
          </button>
        </form>
      )}
      {message &&
        (message.ok ? (
          <p role="status">{message.text}</p>
        ) : (
          <ErrorText
            message={`${message.text}${message.issues?.length ? ` ${message.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` : ""}`}
          />
        ))}
    </section>
  );
}
