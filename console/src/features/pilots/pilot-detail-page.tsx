import { useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { formatDate, formatDateTime, percent } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { Badge } from "../../ui/badge.js";
import { ErrorText } from "../../ui/error-text.js";
import { useCan } from "../auth/use-viewer.js";
import { CommentsList, ParticipantsTable } from "./pilot-activity.js";
import { PromoteDialog } from "./promote-dialog.js";
import { type PilotResults, RESULTS_FIELDS, RecommendationPanel, ResultsTable } from "./results-table.js";

const PilotDetailPageQuery = `
  query PilotDetailPageQuery($id: ID!) {
    pilot(id: $id) {
      id name hypothesis status unit coverage consentRequired primaryMetric createdAt startedAt pausedAt concludedAt
      participantCount feedbackCount
      policy { id name key }
      variants { id key name weight isControl participantCount policyVersion { id number title status } }
      results { ${RESULTS_FIELDS} }
      decision { id outcome rationale decidedAt decidedByName variant { key name } publishedVersion { id number title } resultsSnapshot { ${RESULTS_FIELDS} } }
    }
  }`;

type Pilot = {
  id: string;
  name: string;
  hypothesis: string;
  status: "DRAFT" | "RUNNING" | "PAUSED" | "CONCLUDED";
  unit: string;
  coverage: number;
  consentRequired: boolean;
  primaryMetric: string;
  createdAt: string;
  startedAt: string | null;
  pausedAt: string | null;
  concludedAt: string | null;
  participantCount: number;
  feedbackCount: number;
  policy: { id: string; name: string; key: string };
  variants: {
    id: string;
    key: string;
    name: string;
    weight: number;
    isControl: boolean;
    participantCount: number;
    policyVersion: { id: string; number: number; title: string; status: string };
  }[];
  results: PilotResults;
  decision: {
    id: string;
    outcome: string;
    rationale: string;
    decidedAt: string;
    decidedByName: string;
    variant: { key: string; name: string };
    publishedVersion: { id: string; number: number; title: string } | null;
    resultsSnapshot: PilotResults;
  } | null;
};

const LifecycleMutation = (field: "startPilot" | "pausePilot") => `
  mutation PilotDetailPage_${field}($input: PilotIdInput!) {
    ${field}(input: $input) { __typename ... on Error { message } }
  }`;

export function PilotDetailPage() {
  const { pilotId = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery<{ pilot: Pilot | null }>({
    query: PilotDetailPageQuery,
    variables: { id: pilotId },
  });
  const [, start] = useMutation(LifecycleMutation("startPilot"));
  const [, pause] = useMutation(LifecycleMutation("pausePilot"));
  const [promoting, setPromoting] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const can = useCan();

  if (fetching && !data) return <p className="muted">Loading…</p>;
  if (error) return <ErrorText message={error.message} />;
  const pilot = data?.pilot;
  if (!pilot) return <ErrorText message={`No pilot with id ${pilotId} exists.`} />;
  const reload = () => refetch({ requestPolicy: "network-only" });

  async function lifecycle(action: "startPilot" | "pausePilot", done: string) {
    const result = await (action === "startPilot" ? start : pause)({ input: { pilotId: pilot!.id } });
    const outcome = outcomeOf(result.error, { ...result.data?.[action], data: true });
    setMessage(outcome.ok ? { ok: true, text: done } : { ok: false, text: outcome.message });
    reload();
  }

  const active = pilot.status === "RUNNING" || pilot.status === "PAUSED";

  return (
    <>
      <p className="small">
        <Link to="/pilots">Pilots</Link> / <Link to={`/policies/${pilot.policy.id}`}>{pilot.policy.name}</Link>
      </p>
      <div className="spread">
        <div>
          <h1>{pilot.name}</h1>
          <p>
            <Badge value={pilot.status} />{" "}
            <span className="small muted">
              by {pilot.unit.toLowerCase()} · coverage {percent(pilot.coverage, 0)} · primary metric{" "}
              {pilot.primaryMetric.toUpperCase()}
              {pilot.startedAt ? ` · started ${formatDate(pilot.startedAt)}` : ""}
              {pilot.concludedAt ? ` · concluded ${formatDate(pilot.concludedAt)}` : ""}
            </span>
          </p>
          {pilot.hypothesis && <p>{pilot.hypothesis}</p>}
        </div>
        <div className="row">
          {can.runPilots && pilot.status === "DRAFT" && (
            <button type="button" className="primary" onClick={() => lifecycle("startPilot", "Pilot started.")}>
              Start pilot
            </button>
          )}
          {can.runPilots && pilot.status === "RUNNING" && (
            <button
              type="button"
              onClick={() =>
                lifecycle("pausePilot", "Pilot paused: everyone gets the published version until it resumes.")
              }
            >
              Pause
            </button>
          )}
          {can.runPilots && pilot.status === "PAUSED" && (
            <button type="button" className="primary" onClick={() => lifecycle("startPilot", "Pilot resumed.")}>
              Resume
            </button>
          )}
          {can.decide && active && (
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

      {pilot.decision && (
        <section className="panel" aria-label="Decision" style={{ marginTop: "1rem" }}>
          <h2>Decision</h2>
          <p>
            <strong>
              {pilot.decision.outcome === "KEEP_CONTROL"
                ? "Kept the published policy"
                : `Promoted "${pilot.decision.variant.name}"`}
            </strong>
            {pilot.decision.publishedVersion && (
              <>
                {" "}
                as{" "}
                <Link to={`/versions/${pilot.decision.publishedVersion.id}`}>
                  v{pilot.decision.publishedVersion.number} · {pilot.decision.publishedVersion.title}
                </Link>
              </>
            )}
          </p>
          <p>“{pilot.decision.rationale}”</p>
          <p className="small muted">
            {pilot.decision.decidedByName}, {formatDateTime(pilot.decision.decidedAt)}
          </p>
        </section>
      )}

      <h2>Variants</h2>
      <table aria-label="Variants">
        <thead>
          <tr>
            <th>Variant</th>
            <th>Policy version</th>
            <th className="num">Weight</th>
            <th className="num">Participants</th>
          </tr>
        </thead>
        <tbody>
          {pilot.variants.map((v) => (
            <tr key={v.id}>
              <td>
                {v.name} <span className="small muted">{v.isControl ? "control" : v.key}</span>
              </td>
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

      <h2>Results</h2>
      <RecommendationPanel results={pilot.decision ? pilot.decision.resultsSnapshot : pilot.results} />
      {pilot.decision && (
        <p className="small muted">
          As they were when the decision was made ({formatDateTime(pilot.decision.decidedAt)}).
        </p>
      )}
      <ResultsTable results={pilot.decision ? pilot.decision.resultsSnapshot : pilot.results} />

      <h2>Comments</h2>
      <CommentsList pilotId={pilot.id} />

      <h2>Participants</h2>
      <ParticipantsTable pilotId={pilot.id} />

      {promoting && (
        <PromoteDialog
          pilotId={pilot.id}
          variants={pilot.variants}
          onClose={() => setPromoting(false)}
          onDone={(text) => {
            setPromoting(false);
            setMessage({ ok: true, text });
            reload();
          }}
        />
      )}
    </>
  );
}
