import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../../gql/gql.js";
import type { HelpdeskVendor, SurveyDelivery } from "../../gql/graphql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { CopyButton } from "../../ui/copy-button.js";
import { ErrorText } from "../../ui/error-text.js";
import { fieldError } from "../../ui/field-error.js";
import { SurveyDaysFields } from "./survey-days-fields.js";
import { DELIVERY_WORDS, intOrUndefined, VENDOR_NAME } from "./words.js";

const ConnectHelpdeskFormMutation = graphql(`
  mutation ConnectHelpdeskFormMutation($input: ConnectHelpdeskInput!) {
    connectHelpdesk(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationConnectHelpdeskSuccess { data { id name vendor webhookUrl setupInstructions } }
    }
  }
`);

type Connected = { id: string; name: string; vendor: HelpdeskVendor; webhookUrl: string; setupInstructions: string[] };

/** Connects a helpdesk: the admin pastes the vendor's signing secret and gets the webhook URL and setup steps. */
export function ConnectHelpdeskForm() {
  const ids = useId();
  const [vendor, setVendor] = useState<HelpdeskVendor>("ZENDESK");
  const [name, setName] = useState("");
  const [secret, setSecret] = useState("");
  const [delivery, setDelivery] = useState<SurveyDelivery>("HELPDESK");
  const [throttleDays, setThrottleDays] = useState("14");
  const [expiryDays, setExpiryDays] = useState("7");
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [connected, setConnected] = useState<Connected | null>(null);
  const [state, connect] = useMutation(ConnectHelpdeskFormMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await connect({
      input: {
        vendor,
        name,
        secret,
        surveyDelivery: delivery,
        surveyThrottleDays: intOrUndefined(throttleDays),
        surveyExpiryDays: intOrUndefined(expiryDays),
      },
    });
    const outcome = outcomeOf(result.error, result.data?.connectHelpdesk);
    if (outcome.ok) {
      setConnected(outcome.data);
      setName("");
      setSecret("");
    } else setError(outcome);
  }

  const field = (key: string) => fieldError(ids, error?.issues, key);
  const nameField = field("name");
  const secretField = field("secret");

  return (
    <>
      {connected && <ConnectedNotice key={connected.id} connected={connected} onDismiss={() => setConnected(null)} />}
      <form className="panel" onSubmit={submit} aria-labelledby={`${ids}-heading`}>
        <h2 id={`${ids}-heading`}>Connect a helpdesk</h2>
        <div className="grid-2">
          <div>
            <label htmlFor={`${ids}-vendor`}>Helpdesk</label>
            <select id={`${ids}-vendor`} value={vendor} onChange={(e) => setVendor(e.target.value as HelpdeskVendor)}>
              {(Object.keys(VENDOR_NAME) as HelpdeskVendor[]).map((v) => (
                <option key={v} value={v}>
                  {VENDOR_NAME[v]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${ids}-name`}>Name</label>
            <input
              id={`${ids}-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={`${VENDOR_NAME[vendor].split(" ")[0]} production`}
              maxLength={100}
              required
              {...nameField.props}
            />
            {nameField.message}
          </div>
        </div>
        <label htmlFor={`${ids}-secret`}>Signing secret</label>
        <input
          id={`${ids}-secret`}
          type="password"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          required
          {...secretField.props}
        />
        {secretField.message}
        <div className="field-hint">
          {vendor === "ZENDESK" &&
            "In Zendesk: the webhook's signing secret (Webhooks → your webhook → Reveal secret). "}
          {vendor === "INTERCOM" && "In Intercom: your app's client secret (Developer Hub → Basic information). "}
          {vendor === "GENERIC" && "A random secret of your choice; your system signs each event with it. "}
          Stored encrypted; it is never shown again.
        </div>
        <fieldset className="plain-fieldset">
          <legend>Survey delivery</legend>
          {(Object.keys(DELIVERY_WORDS) as SurveyDelivery[]).map((d) => (
            <label key={d} className="choice">
              <input
                type="radio"
                name={`${ids}-delivery`}
                value={d}
                checked={delivery === d}
                onChange={() => setDelivery(d)}
              />{" "}
              {d === "HELPDESK"
                ? "The helpdesk places the survey link in its own message"
                : "policy-pilot emails the link (needs SMTP and the customer's email)"}
            </label>
          ))}
        </fieldset>
        <SurveyDaysFields
          idPrefix={ids}
          issues={error?.issues}
          throttleDays={throttleDays}
          onThrottleDays={setThrottleDays}
          expiryDays={expiryDays}
          onExpiryDays={setExpiryDays}
          withHints
        />
        <ErrorText message={error?.message} issues={error?.issues} />
        <button className="primary" type="submit" disabled={state.fetching}>
          Connect {VENDOR_NAME[vendor].split(" ")[0]}
        </button>
      </form>
    </>
  );
}

/** What the admin pastes into the helpdesk, right after connecting; the secret itself is not repeated. */
function ConnectedNotice({ connected, onDismiss }: { connected: Connected; onDismiss: () => void }) {
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const vendorName = connected.vendor === "GENERIC" ? "your system" : VENDOR_NAME[connected.vendor];
  return (
    <section className="panel connected" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>
        {connected.name} is connected
      </h2>
      <p>Paste this webhook URL into {vendorName}:</p>
      <div className="copyable">
        <code className="webhook-url">{connected.webhookUrl}</code>
        <CopyButton text={connected.webhookUrl} label="Copy webhook URL" />
      </div>
      <p className="warning">
        The signing secret is stored encrypted and <strong>will not be shown again</strong>. To change it, rotate it in{" "}
        {vendorName} and paste the new one under its “Settings and signing secret” in the list above.
      </p>
      <h3>Setup in {vendorName}</h3>
      <ol className="steps">
        {connected.setupInstructions.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <button type="button" onClick={onDismiss}>
        Done
      </button>
    </section>
  );
}
