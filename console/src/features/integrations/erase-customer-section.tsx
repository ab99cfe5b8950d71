import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../../gql/gql.js";
import { outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";

const EraseCustomerSectionMutation = graphql(`
  mutation EraseCustomerSectionMutation($input: EraseCustomerInput!) {
    eraseCustomer(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationEraseCustomerSuccess { data { participants comments exposures interactions events invitations tokens } }
    }
  }
`);

/**
 * Erasure at a customer's request (admins): everything that identifies them goes; their numeric answers stay,
 * de-identified, so results do not change; they are never enrolled again. Asks for the id twice.
 */
export function EraseCustomerSection() {
  const [customerId, setCustomerId] = useState("");
  const [confirm, setConfirm] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, erase] = useMutation(EraseCustomerSectionMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (customerId.trim() !== confirm.trim()) {
      setResult({ ok: false, text: "The two ids differ: type the customer's id twice, exactly." });
      return;
    }
    const response = await erase({ input: { customerId: customerId.trim() } });
    const outcome = outcomeOf(response.error, response.data?.eraseCustomer);
    if (outcome.ok) {
      const d = outcome.data;
      setResult({
        ok: true,
        text: `Erased: ${d.participants} participant, ${d.comments} comments, ${d.interactions} tickets, ${d.events} events, ${d.invitations} survey invitations and ${d.tokens} links. The id is on the suppression list.`,
      });
      setCustomerId("");
      setConfirm("");
    } else setResult({ ok: false, text: outcome.message });
  }

  return (
    <section aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase a customer</h2>
      <p className="small muted">
        At a customer's request: their id, attributes, comments, contact details and links are removed everywhere; their
        ratings stay without anything that identifies them, so results do not change; they are never enrolled in a pilot
        again. This cannot be undone.
      </p>
      <form onSubmit={submit}>
        <label htmlFor="erase-id">Customer id (as the helpdesk sends it)</label>
        <input id="erase-id" value={customerId} onChange={(e) => setCustomerId(e.target.value)} autoComplete="off" />
        <label htmlFor="erase-confirm">The same id again, to confirm</label>
        <input id="erase-confirm" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" />
        <button type="submit" className="danger" disabled={state.fetching || !customerId.trim()}>
          Erase this customer
        </button>
      </form>
      {result && (result.ok ? <p role="status">{result.text}</p> : <ErrorText message={result.text} />)}
    </section>
  );
}
