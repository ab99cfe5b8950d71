import { useCallback, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDate, formatDateTime, percent } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { Badge } from "../../ui/badge.js";
import { ErrorText } from "../../ui/error-text.js";
import { AudiencePanel } from "../audiences/audience-panel.js";
import { useCan } from "../auth/use-viewer.js";
import { AgentRatingsSection } from "./agent-ratings-section.js";
import { CommentsList } from "./comments-list.js";
import { DecisionPanel } from "./decision-panel.js";
import { DesignPanel } from "./design-panel.js";
import { DisclosurePanel } from "./disclosure-panel.js";
import { ParticipantsTable } from "./participants-table.js";
import { PromoteDialog, type PromoteOutcome } from "./promote-dialog.js";
import { RecommendationPanel } from "./recommendation-panel.js";
import { ResultsTable } from "./results-table.js";
import { RoutingPanel } from "./routing-panel.js";
import { SurveyFairnessPanel } from "./survey-fairness-panel.js";
import { VariantsTable } from "./variants-table.js";

const PilotDetailPageQuery = graphql(`
  query PilotDetailPageQuery($id: ID!) {
    pilot(id: $id) {
      id name hypothesis status unit coverage consentRequired primaryMetric surveySampleRate
      createdAt startedAt pausedAt concludedAt participantCount feedbackCount
      policy { id name key }
      variants { id }
      results { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }
      decision {
        id decidedAt
        ...DecisionPanel_DecisionFragment
        resultsSnapshot { ...RecommendationPanel_PilotResultsFragment ...ResultsTable_PilotResultsFragment }
      }
      ...VariantsTable_PilotFragment
      ...PromoteDialog_PilotFragment
      ...DesignPanel_PilotFragment
    }
  }
`);

const PilotDetailPageStartMutation = graphql(`
  mutation PilotDetailPageStartMutation($input: PilotIdInput!) {
    startPilot(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationStartPilotSuccess { data { id status startedAt pausedAt } }
    }
  }
`);

const PilotDetailPagePauseMutation = graphql(`
  mutation PilotDetailPagePauseMutation($input: PilotIdInput!) {
    pausePilot(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationPausePilotSuccess { data { id status pausedAt } }
    }
  }
`);

type Message = { ok: true; text: string; version?: { id: string; number: number } } | { ok: false; text: string };

export function PilotDetailPage() {
  const { pilotId = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PilotDetailPageQuery, variables: { id: pilotId } });
  const [startState, start] = useMutation(PilotDetailPageStartMutation);
  const [pauseState, pause] = useMutation(PilotDetailPagePauseMutation);
  const [promoting, setPromoting] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const can = useCan();
  const closePromote = useCallback(() => setPromoting(false), []);

  if (fetching && !data) return <p className="muted">Loading…</p>;
  if (error && !data) return <ErrorText message={`Could not load the pilot: ${error.message}`} />;
  const pilot = data?.pilot;
  if (!pilot) return <ErrorText message={`No pilot with id ${pilotId} exists.`} />;
  const id = pilot.id;
  const isActive = pilot.status === "RUNNING" || pilot.status === "PAUSED";
  const busy = startState.fetching || pauseState.fetching;

  async function doStart(done: string) {
    const result = await start({ input: { pilotId: id } });
    const outcome = outcomeOf(result.error, result.data?.startPilot);
    setMessage(outcome.ok ? { ok: true, text: done } : { ok: false, text: outcome.message });
  }

  async function doPause() {
    const result = await pause({ input: { pilotId: id } });
    const outcome = outcomeOf(result.error, result.data?.pausePilot);
    setMessage(
      outcome.ok
        ? { ok: true, text: "Pilot paused: everyone gets the published version until it resumes." }
        : { ok: false, text: outcome.message },
    );
  }

  function promoted(outcome: PromoteOutcome) {
    setPromoting(false);
    setMessage(
      outcome.publishedVersion
        ? {
            ok: true,
            text: `Promoted “${outcome.variantName}”: it is now the published version`,
            version: outcome.publishedVersion,
          }
        : { ok: true, text: "Kept the current published version; the pilot is concluded." },
    );
  }

  const results = pilot.decision ? pilot.decision.resultsSnapshot : pilot.results;

  return (
    <>
      <p className="small breadcrumbs">
        <Link to="/pilots">Pilots</Link> / <Link to={`/policies/${pilot.policy.id}`}>{pilot.policy.name}</Link>
      </p>
      <div className="spread">
        <div>
          <h1>{pilot.name}</h1>
          <p className="pilot-meta">
            <Badge value={pilot.status} />{" "}
            <span className="small muted">
              by {pilot.unit.toLowerCase()} · coverage {percent(pilot.coverage, 0)} · primary metric{" "}
              {pilot.primaryMetric}
              {pilot.consentRequired ? " · consent required" : ""}
              {` · surveys ${percent(pilot.surveySampleRate, 0)} of solved tickets`}
              {pilot.startedAt ? ` · started ${formatDate(pilot.startedAt)}` : ""}
              {pilot.status === "PAUSED" && pilot.pausedAt ? ` · paused ${formatDateTime(pilot.pausedAt)}` : ""}
              {pilot.concludedAt ? ` · concluded ${formatDate(pilot.concludedAt)}` : ""}
            </span>
          </p>
          {pilot.hypothesis && <p className="hypothesis">{pilot.hypothesis}</p>}
        </div>
        <div className="row">
          {can.runPilots && pilot.status === "DRAFT" && (
            <button type="button" className="primary" disabled={busy} onClick={() => doStart("Pilot started.")}>
              Start pilot
            </button>
          )}
          {can.runPilots && pilot.status === "RUNNING" && (
            <button type="button" disabled={busy} onClick={doPause}>
              Pause
            </button>
          )}
          {can.runPilots && pilot.status === "PAUSED" && (
            <button type="button" className="primary" disabled={busy} onClick={() => doStart("Pilot resumed.")}>
              Resume
            </button>
          )}
          {can.decide && isActive && (
            <button type="button" className="primary" onClick={() => setPromoting(true)}>
              Promote a variant
            </button>
          )}
        </div>
      </div>
      {message &&
        (message.ok ? (
          <div className="notice" role="status">
            {message.text}
            {message.version && (
              <>
                {" "}
                (<Link to={`/versions/${message.version.id}`}>v{message.version.number}</Link> of{" "}
                <Link to={`/policies/${pilot.policy.id}`}>{pilot.policy.name}</Link>).
              </>
            )}
          </div>
        ) : (
          <ErrorText message={message.text} />
        ))}

      <div className="kpis">
        <div className="kpi">
          <div className="value">{pilot.participantCount}</div>
          <div className="label">participants</div>
        </div>
        <div className="kpi">
          <div className="value">{pilot.feedbackCount}</div>
          <div className="label">responses</div>
        </div>
        <div className="kpi">
          <div className="value">{pilot.variants.length}</div>
          <div className="label">arms</div>
        </div>
      </div>

      {pilot.decision && <DecisionPanel decision={pilot.decision} />}

      <h2>Variants</h2>
      <VariantsTable pilot={pilot} />
      <DesignPanel pilot={pilot} canEdit={can.runPilots} />

      <AudiencePanel pilotId={pilot.id} canEdit={can.runPilots} />

      <DisclosurePanel pilotId={pilot.id} canEdit={can.runPilots} />
      <RoutingPanel pilotId={pilot.id} canEdit={can.runPilots} />

      <h2>Results</h2>
      {pilot.status === "DRAFT" && (
        <p className="muted">The pilot has not started: results appear once participants are assigned and answer.</p>
      )}
      {pilot.decision && (
        <p className="small muted">
          As they were when the decision was made ({formatDateTime(pilot.decision.decidedAt)}).
        </p>
      )}
      {pilot.status !== "DRAFT" && <RecommendationPanel results={results} />}
      <ResultsTable results={results} />

      {pilot.status !== "DRAFT" && <SurveyFairnessPanel pilotId={pilot.id} />}

      <h2>Comments</h2>
      <CommentsList pilotId={pilot.id} />

      <h2>Agent ratings</h2>
      <AgentRatingsSection pilotId={pilot.id} />

      <h2>Participants</h2>
      <ParticipantsTable pilotId={pilot.id} />

      {promoting && <PromoteDialog pilot={pilot} onClose={closePromote} onDone={promoted} />}
    </>
  );
}
