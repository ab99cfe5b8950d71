import { useCallback, useEffect, useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import type { ParticipantKind } from "../../gql/graphql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { CsvUpload } from "./csv-upload.js";
import { RuleBuilder } from "./rule-builder.js";

const AudiencePanelQuery = graphql(`
  query AudiencePanelQuery($id: ID!) {
    pilot(id: $id) {
      id status unit coverage
      audience {
        condition customerCount agentCount customers(first: 8) agents(first: 8)
        eligible { matching expectedInPilot coverage listed evaluatedInProcess }
        overlap { participants pilots { pilotId name policyName participants } }
      }
    }
  }
`);

const AudiencePanelPreviewQuery = graphql(`
  query AudiencePanelPreviewQuery($pilotId: ID!, $condition: JSON) {
    previewAudienceCount(pilotId: $pilotId, condition: $condition) {
      __typename
      ... on Error { message }
      ... on QueryPreviewAudienceCountSuccess { data { matching expectedInPilot } }
    }
  }
`);

const AudiencePanelSaveMutation = graphql(`
  mutation AudiencePanelSaveMutation($input: UpdatePilotAudienceInput!) {
    updatePilotAudience(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationUpdatePilotAudienceSuccess { data { pilot { id coverage } } }
    }
  }
`);

const AudiencePanelAddMutation = graphql(`
  mutation AudiencePanelAddMutation($input: AddAudienceMembersInput!) {
    addAudienceMembers(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationAddAudienceMembersSuccess { data { added given } }
    }
  }
`);

const AudiencePanelClearMutation = graphql(`
  mutation AudiencePanelClearMutation($input: RemoveAudienceMembersInput!) {
    removeAudienceMembers(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationRemoveAudienceMembersSuccess { data { removed } }
    }
  }
`);

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * Who is in a pilot: explicit lists (pasted ids or a CSV import), an attribute rule and a coverage share, with the
 * live count of known participants the audience includes and its overlap with other running pilots. Editable while
 * the pilot is a DRAFT; read only once it runs.
 */
export function AudiencePanel({ pilotId, canEdit }: { pilotId: string; canEdit: boolean }) {
  const client = useClient();
  const [{ data, error: loadError }, reload] = useQuery({ query: AudiencePanelQuery, variables: { id: pilotId } });
  const pilot = data?.pilot;
  const [rule, setRule] = useState<Record<string, unknown> | null | undefined>(undefined);
  const [coverage, setCoverage] = useState<string | null>(null);
  const [paste, setPaste] = useState("");
  const [pasteKind, setPasteKind] = useState<ParticipantKind>("CUSTOMER");
  const [preview, setPreview] = useState<{ matching: number; expectedInPilot: number } | { error: string } | null>(
    null,
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string; issues?: Issue[] } | null>(null);
  const [saveState, save] = useMutation(AudiencePanelSaveMutation);
  const [, add] = useMutation(AudiencePanelAddMutation);
  const [, clear] = useMutation(AudiencePanelClearMutation);
  const refresh = useCallback(() => reload({ requestPolicy: "network-only" }), [reload]);

  const savedRule = (pilot?.audience.condition as Record<string, unknown> | null) ?? null;
  const currentRule = rule === undefined ? savedRule : rule;
  const ruleChanged = rule !== undefined && JSON.stringify(rule ?? {}) !== JSON.stringify(savedRule ?? {});

  useEffect(() => {
    // The live count of the rule being edited, asked a moment after the last change.
    if (!ruleChanged) {
      setPreview(null);
      return;
    }
    const timer = setTimeout(async () => {
      const result = await client
        .query(AudiencePanelPreviewQuery, { pilotId, condition: rule ?? null }, { requestPolicy: "network-only" })
        .toPromise();
      const outcome = outcomeOf(result.error, result.data?.previewAudienceCount);
      setPreview(outcome.ok ? outcome.data : { error: outcome.message });
    }, 350);
    return () => clearTimeout(timer);
  }, [client, pilotId, rule, ruleChanged]);

  if (loadError && !data) return <ErrorText message={`Could not load the audience: ${loadError.message}`} />;
  if (!pilot) return null;
  const audience = pilot.audience;
  const editable = canEdit && pilot.status === "DRAFT";
  const unitWord = pilot.unit === "CUSTOMER" ? "customers" : "agents";

  async function saveRule() {
    const coverageValue = coverage === null ? undefined : Number(coverage) / 100;
    const result = await save({
      input: { pilotId, ...(rule !== undefined ? { condition: rule ?? {} } : {}), coverage: coverageValue },
    });
    const outcome = outcomeOf(result.error, result.data?.updatePilotAudience);
    if (outcome.ok) {
      setMessage({ ok: true, text: "Audience saved." });
      setRule(undefined);
      setCoverage(null);
      refresh();
    } else setMessage({ ok: false, text: outcome.message, issues: outcome.issues });
  }

  async function addPasted() {
    const result = await add({ input: { pilotId, kind: pasteKind, ids: paste } });
    const outcome = outcomeOf(result.error, result.data?.addAudienceMembers);
    if (outcome.ok) {
      setMessage({
        ok: true,
        text: `Added ${plural(outcome.data.added ?? 0, "id", "ids")} to the list (${plural(outcome.data.given ?? 0, "id", "ids")} pasted; the others were on it already).`,
      });
      setPaste("");
      refresh();
    } else setMessage({ ok: false, text: outcome.message });
  }

  async function clearList(kind: ParticipantKind) {
    const result = await clear({ input: { pilotId, kind } });
    const outcome = outcomeOf(result.error, result.data?.removeAudienceMembers);
    setMessage(
      outcome.ok
        ? { ok: true, text: `Cleared the list: ${plural(outcome.data.removed ?? 0, "id", "ids")} removed.` }
        : { ok: false, text: outcome.message },
    );
    refresh();
  }

  const shown = preview && "matching" in preview ? preview : null;
  return (
    <section aria-labelledby="audience-heading" className="audience-panel">
      <h2 id="audience-heading">Audience</h2>
      <p className="small muted">
        Who may enter: the listed participants (if there is a list) <strong>and</strong> those matching the rule{" "}
        <strong>and</strong> the coverage share of them. Checked when a participant is first asked for; nobody already
        assigned moves. {pilot.status !== "DRAFT" ? "Frozen while the pilot runs." : ""}
      </p>

      <div className="kpis">
        <div className="kpi">
          <div className="value" data-testid="eligible-count">
            {(shown?.matching ?? audience.eligible.matching).toLocaleString("en")}
          </div>
          <div className="label">
            known {unitWord} in the audience{shown ? " (unsaved rule)" : ""}
          </div>
        </div>
        <div className="kpi">
          <div className="value">
            {(shown?.expectedInPilot ?? audience.eligible.expectedInPilot).toLocaleString("en")}
          </div>
          <div className="label">about, after the {Math.round(pilot.coverage * 100)} % coverage</div>
        </div>
        <div className="kpi">
          <div className="value" data-testid="overlap-count">
            {audience.overlap.participants.toLocaleString("en")}
          </div>
          <div className="label">also in other running pilots</div>
        </div>
      </div>
      {preview && "error" in preview && <p className="small warning">{preview.error}</p>}
      {audience.overlap.pilots.length > 0 && (
        <p className="small">
          Overlap (pilots of other policies may share participants):{" "}
          {audience.overlap.pilots.map((o) => `${o.name} (${o.policyName}): ${o.participants}`).join("; ")}.
        </p>
      )}

      <h3>Attribute rule and coverage</h3>
      <RuleBuilder idPrefix="audience-rule" value={currentRule} onChange={setRule} disabled={!editable} />
      <label htmlFor="audience-coverage">Coverage: share of the audience that enters the pilot (%)</label>
      <input
        id="audience-coverage"
        type="number"
        min={1}
        max={100}
        step={1}
        disabled={!editable}
        value={coverage ?? String(Math.round(pilot.coverage * 100))}
        onChange={(e) => setCoverage(e.target.value)}
      />
      {editable && (
        <p>
          <button type="button" className="primary" onClick={saveRule} disabled={saveState.fetching}>
            Save rule and coverage
          </button>
        </p>
      )}

      <h3>Listed participants</h3>
      <p className="small">
        {audience.customerCount
          ? `${plural(audience.customerCount, "customer", "customers")} listed (only they may enter): ${audience.customers.join(", ")}${audience.customerCount > audience.customers.length ? ", …" : ""}.`
          : "No customer list: any customer may enter."}{" "}
        {audience.agentCount
          ? `${plural(audience.agentCount, "agent", "agents")} listed (new participants enter only through them): ${audience.agents.join(", ")}${audience.agentCount > audience.agents.length ? ", …" : ""}.`
          : "No agent list: any agent."}
      </p>
      {editable && (
        <>
          <div className="row">
            {audience.customerCount > 0 && (
              <button type="button" onClick={() => clearList("CUSTOMER")}>
                Clear the customer list
              </button>
            )}
            {audience.agentCount > 0 && (
              <button type="button" onClick={() => clearList("AGENT")}>
                Clear the agent list
              </button>
            )}
          </div>
          <label htmlFor="audience-paste">Paste ids (one per line, or separated by commas or spaces)</label>
          <textarea id="audience-paste" rows={3} value={paste} onChange={(e) => setPaste(e.target.value)} />
          <div className="row">
            <select
              aria-label="Pasted ids are"
              value={pasteKind}
              onChange={(e) => setPasteKind(e.target.value as ParticipantKind)}
            >
              <option value="CUSTOMER">customers</option>
              <option value="AGENT">agents</option>
            </select>
            <button type="button" onClick={addPasted} disabled={!paste.trim()}>
              Add to the list
            </button>
          </div>
          <CsvUpload pilotId={pilotId} onFinished={refresh} />
        </>
      )}
      {message &&
        (message.ok ? (
          <p role="status">{message.text}</p>
        ) : (
          <ErrorText message={message.text} issues={message.issues} />
        ))}
    </section>
  );
}
