import type { Client } from "urql";
import { graphql } from "../../gql/gql.js";
import { outcomeOf } from "../../lib/result.js";
import { RuleBuilder } from "./rule-builder.js";

const NewPilotAudienceMutation = graphql(`
  mutation NewPilotAudienceMutation($input: UpdatePilotAudienceInput!) {
    updatePilotAudience(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationUpdatePilotAudienceSuccess { data { pilot { id } } }
    }
  }
`);

type Value = { condition: Record<string, unknown> | null; coveragePercent: string };

/** Saves the rule chosen in the new-pilot form once the pilot exists; returns the refusal, if any. */
export async function saveNewPilotAudience(
  client: Client,
  pilotId: string,
  condition: Record<string, unknown> | null,
): Promise<string | null> {
  if (!condition) return null;
  const result = await client.mutation(NewPilotAudienceMutation, { input: { pilotId, condition } }).toPromise();
  const outcome = outcomeOf(result.error, result.data?.updatePilotAudience);
  return outcome.ok ? null : outcome.message;
}

/** The new-pilot form's audience: an attribute rule and the coverage share (lists and CSV imports come on the draft's page). */
export function NewPilotAudienceSection({ value, onChange }: { value: Value; onChange: (value: Value) => void }) {
  return (
    <fieldset className="audience-section">
      <legend>Audience</legend>
      <p className="small muted">
        Who may enter: those matching the rule, and of them the coverage share. On the draft pilot's page you can also
        list customers or agents explicitly (paste ids or import a CSV) and see how many known participants match.
      </p>
      <RuleBuilder
        idPrefix="new-pilot-rule"
        value={value.condition}
        onChange={(condition) => onChange({ ...value, condition })}
      />
      <label htmlFor="pilot-coverage">Coverage (% of the audience that enters the pilot)</label>
      <input
        id="pilot-coverage"
        type="number"
        min={1}
        max={100}
        step={1}
        value={value.coveragePercent}
        onChange={(e) => onChange({ ...value, coveragePercent: e.target.value })}
      />
    </fieldset>
  );
}
