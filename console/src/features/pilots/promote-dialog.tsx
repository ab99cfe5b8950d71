import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { outcomeOf } from "../../lib/result.js";
import { Dialog } from "../../ui/dialog.js";
import { ErrorText } from "../../ui/error-text.js";

const PromoteVariantMutation = `
  mutation PromoteDialogMutation($input: PromoteVariantInput!) {
    promoteVariant(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationPromoteVariantSuccess { data { id outcome publishedVersion { id number } } }
    }
  }`;

export function PromoteDialog({
  pilotId,
  variants,
  onClose,
  onDone,
}: {
  pilotId: string;
  variants: { key: string; name: string; isControl: boolean }[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [variantKey, setVariantKey] = useState(variants.find((v) => !v.isControl)?.key ?? variants[0]?.key ?? "");
  const [rationale, setRationale] = useState("");
  const [error, setError] = useState<{ message: string; issues?: { path: string[]; message: string }[] } | null>(null);
  const [state, promote] = useMutation(PromoteVariantMutation);
  const chosen = variants.find((v) => v.key === variantKey);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await promote({ input: { pilotId, variantKey, rationale } });
    const outcome = outcomeOf<{ outcome: string; publishedVersion: { number: number } | null }>(
      result.error,
      result.data?.promoteVariant,
    );
    if (!outcome.ok) {
      setError(outcome);
      return;
    }
    onDone(
      outcome.data.publishedVersion
        ? `Promoted "${chosen?.name}": it is now published as v${outcome.data.publishedVersion.number}.`
        : "Kept the current published version; the pilot is concluded.",
    );
  }

  return (
    <Dialog title="Promote a variant" onClose={onClose}>
      <form onSubmit={submit}>
        <p className="small muted">
          This concludes the pilot. Promoting a treatment publishes its text as a new version of the policy; promoting
          the control keeps the current one. The rationale and a frozen copy of the results are kept with the decision.
        </p>
        <label htmlFor="promote-variant">Variant</label>
        <select id="promote-variant" value={variantKey} onChange={(e) => setVariantKey(e.target.value)}>
          {variants.map((v) => (
            <option key={v.key} value={v.key}>
              {v.name} {v.isControl ? "(keep current policy)" : ""}
            </option>
          ))}
        </select>
        <label htmlFor="promote-rationale">Rationale</label>
        <textarea
          id="promote-rationale"
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          placeholder="Why this variant: the evidence, the guardrails, what agents said."
          required
        />
        <div className="field-hint">At least 10 characters.</div>
        <ErrorText message={error?.message} issues={error?.issues} />
        <div className="row" style={{ marginTop: "1rem" }}>
          <button className="primary" type="submit" disabled={state.fetching}>
            Promote
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
