import { type FormEvent, useId, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { ErrorText } from "../../ui/error-text.js";
import { fieldError } from "../../ui/field-error.js";
import { PolicySections } from "../policies/policy-sections.js";
import { PREVIEW_STATUS_WORDS } from "./words.js";

const PolicyPreviewPoliciesQuery = graphql(`
  query PolicyPreviewPoliciesQuery {
    policies(first: 100) { edges { node { id key name } } }
  }
`);

const PolicyPreviewPanelQuery = graphql(`
  query PolicyPreviewPanelQuery($input: PolicyPreviewInput!) {
    policyPreview(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on QueryPolicyPreviewSuccess {
        data {
          customerId agentId ticketId inBeta
          entries {
            policyId policyKey policyName status source enrolled inBeta wouldBeInBeta summary
            pilot { id name consentRequired }
            variant { id key name isControl }
            version { id number title content { ...PolicySections_PolicyContentFragment } }
          }
        }
      }
    }
  }
`);

type Asked = { customerId: string; ticketId: string | null; policy: string | null; agentId: string | null };

/**
 * "Which text applies to this customer?" without enrolling anyone: the preview records nothing (ADR 0020). It says
 * in plain words whether the customer is in a beta, and what a customer not assigned yet would get.
 */
export function PolicyPreviewPanel() {
  const ids = useId();
  const [customerId, setCustomerId] = useState("");
  const [ticketId, setTicketId] = useState("");
  const [agentId, setAgentId] = useState("");
  const [policy, setPolicy] = useState("");
  const [asked, setAsked] = useState<Asked | null>(null);
  const [{ data: policies }] = useQuery({ query: PolicyPreviewPoliciesQuery });
  const [{ data, fetching, error }] = useQuery({
    query: PolicyPreviewPanelQuery,
    variables: { input: asked ?? { customerId: "" } },
    pause: !asked,
    requestPolicy: "network-only",
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setAsked({
      customerId: customerId.trim(),
      ticketId: ticketId.trim() || null,
      policy: policy || null,
      agentId: agentId.trim() || null,
    });
  }

  const result = asked ? data?.policyPreview : undefined;
  const failure = result && result.__typename !== "QueryPolicyPreviewSuccess" ? result : null;
  const issues = failure && "issues" in failure ? failure.issues : undefined;
  const customerField = fieldError(ids, issues, "customerId");
  const answer = result?.__typename === "QueryPolicyPreviewSuccess" ? result.data : null;

  return (
    <section aria-labelledby={`${ids}-heading`}>
      <form className="panel" onSubmit={submit}>
        <h2 id={`${ids}-heading`}>Which policy applies?</h2>
        <p className="small muted">
          Look up a customer before you answer them. Nothing is recorded: the customer is not enrolled by looking.
        </p>
        <div className="grid-2">
          <div>
            <label htmlFor={`${ids}-customer`}>Customer id</label>
            <input
              id={`${ids}-customer`}
              value={customerId}
              onChange={(e) => setCustomerId(e.target.value)}
              placeholder="cust-0042"
              maxLength={200}
              required
              {...customerField.props}
            />
            {customerField.message}
          </div>
          <div>
            <label htmlFor={`${ids}-ticket`}>Ticket id (optional)</label>
            <input
              id={`${ids}-ticket`}
              value={ticketId}
              onChange={(e) => setTicketId(e.target.value)}
              maxLength={200}
            />
          </div>
          <div>
            <label htmlFor={`${ids}-policy`}>Policy</label>
            <select id={`${ids}-policy`} value={policy} onChange={(e) => setPolicy(e.target.value)}>
              <option value="">Every published policy</option>
              {policies?.policies.edges.map(({ node }) => (
                <option key={node.id} value={node.key}>
                  {node.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${ids}-agent`}>Agent id (optional)</label>
            <input
              id={`${ids}-agent`}
              value={agentId}
              onChange={(e) => setAgentId(e.target.value)}
              maxLength={200}
              placeholder="yours, when an admin set it"
            />
            <div className="field-hint">Needed only for pilots that assign agents.</div>
          </div>
        </div>
        <button className="primary" type="submit" disabled={fetching}>
          Show what applies
        </button>
      </form>
      {error && <ErrorText message={`The preview failed: ${error.message}`} />}
      {failure && <ErrorText message={failure.message ?? "Refused."} issues={issues} />}
      {answer && (
        <section aria-label="Preview answer">
          <div className={answer.inBeta ? "notice" : "panel"} role="status">
            {answer.inBeta ? (
              <>
                <strong>Customer {answer.customerId} is in a beta.</strong> Tell them they are trying a beta policy.
              </>
            ) : (
              <>
                <strong>Customer {answer.customerId} is not in a beta.</strong>
                {answer.entries.some((e) => e.wouldBeInBeta) && " On their first ask they would join one (see below)."}
              </>
            )}
            {answer.ticketId && <span className="small muted"> · ticket {answer.ticketId}</span>}
            {answer.agentId && <span className="small muted"> · agent {answer.agentId}</span>}
          </div>
          {answer.entries.length === 0 && <p className="muted">No policy is published yet.</p>}
          {answer.entries.map((entry) => (
            <article key={entry.policyId} className="panel" aria-label={entry.policyName}>
              <h3>
                {entry.policyName}{" "}
                <span className={`badge ${entry.inBeta ? "RUNNING" : entry.status === "ENROLLED" ? "DRAFT" : ""}`}>
                  {entry.inBeta ? "beta" : PREVIEW_STATUS_WORDS[entry.status]}
                </span>
              </h3>
              <p>{entry.summary}</p>
              {entry.version && (
                <>
                  <p className="small muted">
                    {entry.status === "NOT_ENROLLED" ? "The text their first ask would get" : "The text that applies"}:
                    v{entry.version.number} “{entry.version.title}”
                    {entry.variant ? ` (${entry.variant.isControl ? "control" : "variant"} ${entry.variant.name})` : ""}
                  </p>
                  <PolicySections content={entry.version.content} />
                </>
              )}
            </article>
          ))}
        </section>
      )}
    </section>
  );
}
