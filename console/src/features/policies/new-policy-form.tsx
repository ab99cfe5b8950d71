import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../../gql/gql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";

const NewPolicyFormMutation = graphql(`
  mutation NewPolicyFormMutation($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationCreatePolicySuccess { data { id } }
    }
  }
`);

/** Creates a policy with its first draft (v1); the other sections are written on the draft's page. */
export function NewPolicyForm() {
  const [key, setKey] = useState("");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [purpose, setPurpose] = useState("");
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [state, create] = useMutation(NewPolicyFormMutation);
  const navigate = useNavigate();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await create({ input: { key, name, description, versionTitle: name, content: { purpose } } });
    const outcome = outcomeOf(result.error, result.data?.createPolicy);
    if (outcome.ok) navigate(`/policies/${outcome.data.id}`);
    else setError(outcome);
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="new-policy-heading" style={{ marginTop: "1.5rem" }}>
      <h2 id="new-policy-heading">New policy</h2>
      <div className="grid-2">
        <div>
          <label htmlFor="policy-name">Name</label>
          <input id="policy-name" value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div>
          <label htmlFor="policy-key">Key</label>
          <input
            id="policy-key"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            placeholder="returns-and-refunds"
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            required
          />
          <div className="field-hint">
            Lowercase letters, digits and hyphens; integrations ask for the policy by this key.
          </div>
        </div>
      </div>
      <label htmlFor="policy-description">Description</label>
      <input id="policy-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      <label htmlFor="policy-purpose">Purpose</label>
      <textarea id="policy-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      <ErrorText message={error?.message} issues={error?.issues} />
      <button className="primary" type="submit" disabled={state.fetching}>
        Create policy (draft v1)
      </button>
    </form>
  );
}
