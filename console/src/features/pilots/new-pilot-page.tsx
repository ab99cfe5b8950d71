import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useClient, useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import type { AssignmentUnit } from "../../gql/graphql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { NewPilotAudienceSection, saveNewPilotAudience } from "../audiences/new-pilot-audience-section.js";
import {
  DEFAULT_DESIGN_DRAFT,
  type DesignDraft,
  DesignFields,
  designInput,
  useMetricCatalogue,
} from "./design-fields.js";

const NewPilotPageQuery = graphql(`
  query NewPilotPageQuery($id: String!) {
    policy(idOrKey: $id) {
      id name
      publishedVersion { id number title }
      versions(first: 50) { edges { node { id number title status } } }
    }
  }
`);

const NewPilotPageMutation = graphql(`
  mutation NewPilotPageMutation($input: CreatePilotInput!) {
    createPilot(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationCreatePilotSuccess { data { id } }
    }
  }
`);

type Treatment = { key: string; name: string; policyVersionId: string; weight: string };

export function NewPilotPage() {
  const { policyId = "" } = useParams();
  const [{ data, fetching, error: loadError }] = useQuery({ query: NewPilotPageQuery, variables: { id: policyId } });
  const [name, setName] = useState("");
  const [hypothesis, setHypothesis] = useState("");
  const [unit, setUnit] = useState<AssignmentUnit>("CUSTOMER");
  const [controlWeight, setControlWeight] = useState("0.5");
  const [surveyPercent, setSurveyPercent] = useState("100");
  const [consentRequired, setConsentRequired] = useState(false);
  const [treatments, setTreatments] = useState<Treatment[]>([
    { key: "variant-b", name: "Variant B", policyVersionId: "", weight: "0.5" },
  ]);
  const [design, setDesign] = useState<DesignDraft>(DEFAULT_DESIGN_DRAFT);
  const catalogue = useMetricCatalogue();
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [audience, setAudience] = useState<{ condition: Record<string, unknown> | null; coveragePercent: string }>({
    condition: null,
    coveragePercent: "100",
  });
  const [state, create] = useMutation(NewPilotPageMutation);
  const navigate = useNavigate();
  const client = useClient();

  const policy = data?.policy;
  const drafts = policy?.versions.edges.map((e) => e.node).filter((v) => v.status === "DRAFT") ?? [];
  const weightSum = [controlWeight, ...treatments.map((t) => t.weight)].reduce((sum, w) => sum + (Number(w) || 0), 0);
  const weightsOk = Math.abs(weightSum - 1) < 1e-6;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!policy) return;
    if (!weightsOk) {
      setError({
        message: `The weights must add up to 1 (100 % of new participants); they add up to ${weightSum.toFixed(3)}.`,
      });
      return;
    }
    setError(null);
    const result = await create({
      input: {
        policyId: policy.id,
        name,
        hypothesis,
        unit,
        surveySampleRate: Number(surveyPercent) / 100,
        consentRequired,
        coverage: Number(audience.coveragePercent) / 100,
        control: { weight: Number(controlWeight) },
        treatments: treatments.map((t) => ({ ...t, weight: Number(t.weight) })),
        design: designInput(design, catalogue.absolute),
      },
    });
    const outcome = outcomeOf(result.error, result.data?.createPilot);
    if (!outcome.ok) return setError(outcome);
    const saved = await saveNewPilotAudience(client, outcome.data.id, audience.condition);
    if (saved) setError({ message: `The pilot was created as a draft, but its rule was not saved: ${saved}` });
    else navigate(`/pilots/${outcome.data.id}`);
  }

  const update = (index: number, patch: Partial<Treatment>) =>
    setTreatments(treatments.map((t, i) => (i === index ? { ...t, ...patch } : t)));

  if (loadError && !data) return <ErrorText message={`Could not load the policy: ${loadError.message}`} />;
  if (fetching && !data) return <p className="muted">Loading…</p>;
  if (!policy) return <ErrorText message={`No policy with id ${policyId} exists.`} />;
  if (!policy.publishedVersion)
    return <ErrorText message="Publish a version of this policy first: it is the pilot's control." />;

  return (
    <>
      <p className="small">
        <Link to={`/policies/${policy.id}`}>{policy.name}</Link> / new pilot
      </p>
      <h1>New pilot</h1>
      <form className="panel" onSubmit={submit}>
        <label htmlFor="pilot-name">Name</label>
        <input id="pilot-name" value={name} onChange={(e) => setName(e.target.value)} required />
        <label htmlFor="pilot-hypothesis">Hypothesis</label>
        <textarea
          id="pilot-hypothesis"
          value={hypothesis}
          onChange={(e) => setHypothesis(e.target.value)}
          placeholder="What should change, and how will we know?"
        />
        <label htmlFor="pilot-unit">Assign by</label>
        <select id="pilot-unit" value={unit} onChange={(e) => setUnit(e.target.value as AssignmentUnit)}>
          <option value="CUSTOMER">Customer</option>
          <option value="AGENT">Agent (every customer of an agent gets the agent's variant)</option>
        </select>
        <label className="checkbox" htmlFor="pilot-consent">
          <input
            id="pilot-consent"
            type="checkbox"
            checked={consentRequired}
            onChange={(e) => setConsentRequired(e.target.checked)}
          />{" "}
          Ask customers' consent first (they read a beta disclosure and accept or decline before they are randomized)
        </label>
        <label htmlFor="pilot-survey-rate">Survey invitations (% of solved tickets, the same for every arm)</label>
        <input
          id="pilot-survey-rate"
          type="number"
          min={0}
          max={100}
          step={1}
          value={surveyPercent}
          onChange={(e) => setSurveyPercent(e.target.value)}
        />
        <NewPilotAudienceSection value={audience} onChange={setAudience} />
        <h2>Arms</h2>
        <table aria-label="Arms">
          <thead>
            <tr>
              <th>Key</th>
              <th>Name</th>
              <th>Version</th>
              <th className="num">Weight</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>control</td>
              <td>Published</td>
              <td>
                v{policy.publishedVersion.number} · {policy.publishedVersion.title}
              </td>
              <td>
                <input
                  aria-label="Control weight"
                  value={controlWeight}
                  onChange={(e) => setControlWeight(e.target.value)}
                  inputMode="decimal"
                />
              </td>
              <td />
            </tr>
            {treatments.map((t, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved.
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Treatment ${i + 1} key`}
                    value={t.key}
                    onChange={(e) => update(i, { key: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Treatment ${i + 1} name`}
                    value={t.name}
                    onChange={(e) => update(i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Treatment ${i + 1} version`}
                    value={t.policyVersionId}
                    onChange={(e) => update(i, { policyVersionId: e.target.value })}
                    required
                  >
                    <option value="">Choose a draft…</option>
                    {drafts.map((d) => (
                      <option key={d.id} value={d.id}>
                        v{d.number} · {d.title}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`Treatment ${i + 1} weight`}
                    value={t.weight}
                    onChange={(e) => update(i, { weight: e.target.value })}
                    inputMode="decimal"
                  />
                </td>
                <td>
                  {treatments.length > 1 && (
                    <button type="button" onClick={() => setTreatments(treatments.filter((_, j) => j !== i))}>
                      Remove
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className={weightsOk ? "small muted" : "small warning"}>
          Weights sum to {weightSum.toFixed(3)} (must be 1).
        </p>
        {drafts.length === 0 && (
          <p className="warning">This policy has no drafts. Create a draft first: treatments test drafts.</p>
        )}
        <div className="row">
          <button
            type="button"
            onClick={() =>
              setTreatments([
                ...treatments,
                {
                  key: `variant-${String.fromCharCode(98 + treatments.length)}`,
                  name: "",
                  policyVersionId: "",
                  weight: "0",
                },
              ])
            }
          >
            Add treatment
          </button>
        </div>
        <DesignFields value={design} onChange={setDesign} />
        <ErrorText message={error?.message} issues={error?.issues} />
        <p>
          <button className="primary" type="submit" disabled={state.fetching}>
            Create pilot (as draft)
          </button>
        </p>
      </form>
    </>
  );
}
