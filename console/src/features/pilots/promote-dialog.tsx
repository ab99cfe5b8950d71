import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { Dialog } from "../../ui/dialog.js";
import { ErrorText } from "../../ui/error-text.js";

export const PromoteDialog_PilotFragment = graphql(`
  fragment PromoteDialog_PilotFragment on Pilot {
    id
    variants { id key name isControl policyVersion { number } }
    results { recommendation { action variantKey } }
  }
`);

const PromoteDialogMutation = graphql(`
  mutation PromoteDialogMutation($input: PromoteVariantInput!) {
    promoteVariant(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationPromoteVariantSuccess {
        data { id outcome publishedVersion { id number policy { id } } }
      }
    }
  }
`);

const MIN_RATIONALE_LENGTH = 10;

export type PromoteOutcome = { variantName: string; publishedVersion: { id: string; number: number } | null };

/** Concludes a pilot: a treatment's text becomes the published version, or the control (current policy) is kept. */
export function PromoteDialog(props: {
  pilot: FragmentType<typeof PromoteDialog_PilotFragment>;
  onClose: () => void;
  onDone: (outcome: PromoteOutcome) => void;
}) {
  const pilot = useFragment(PromoteDialog_PilotFragment, props.pilot);
  const recommended = pilot.results.recommendation?.variantKey;
  const [variantKey, setVariantKey] = useState(
    pilot.variants.find((v) => v.key === recommended)?.key ??
      pilot.variants.find((v) => !v.isControl)?.key ??
      pilot.variants[0]?.key ??
      "",
  );
  const [rationale, setRationale] = useState("");
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [state, promote] = useMutation(PromoteDialogMutation);
  const chosen = pilot.variants.find((v) => v.key === variantKey);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (rationale.trim().length < MIN_RATIONALE_LENGTH) {
      setError({
        message: `Write a rationale of at least ${MIN_RATIONALE_LENGTH} characters: it is kept with the decision.`,
      });
      return;
    }
    setError(null);
    const result = await promote({ input: { pilotId: pilot.id, variantKey, rationale: rationale.trim() } });
    const outcome = outcomeOf(result.error, result.data?.promoteVariant);
    if (!outcome.ok) {
      setError(outcome);
      return;
    }
    props.onDone({ variantName: chosen?.name ?? variantKey, publishedVersion: outcome.data.publishedVersion ?? null });
  }

  return (
    <Dialog title="Promote a variant" onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <p className="small muted">
          This concludes the pilot. Promoting a treatment publishes its text as a new version of the policy; choosing
          the control keeps the current one. The rationale and a frozen copy of the results are kept with the decision.
        </p>
        <label htmlFor="promote-variant">Variant</label>
        <select id="promote-variant" value={variantKey} onChange={(e) => setVariantKey(e.target.value)}>
          {pilot.variants.map((v) => (
            <option key={v.key} value={v.key}>
              {v.isControl ? `${v.name} (keep current policy)` : `${v.name} (v${v.policyVersion.number})`}
              {v.key === recommended ? " — recommended" : ""}
            </option>
          ))}
        </select>
        <label htmlFor="promote-rationale">Rationale</label>
        <textarea
          id="promote-rationale"
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          placeholder="Why this variant: the evidence, the guardrails, what agents said."
          aria-describedby="promote-rationale-hint"
        />
        <div id="promote-rationale-hint" className="field-hint">
          At least {MIN_RATIONALE_LENGTH} characters.
        </div>
        <ErrorText message={error?.message} issues={error?.issues} />
        <div className="row dialog-actions">
          <button className="primary" type="submit" disabled={state.fetching}>
            Promote
          </button>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
