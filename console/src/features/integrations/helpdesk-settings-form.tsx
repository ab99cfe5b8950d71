import { type FormEvent, useId, useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import type { SurveyDelivery } from "../../gql/graphql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { fieldError } from "../../ui/field-error.js";
import { SurveyDaysFields } from "./survey-days-fields.js";
import { DELIVERY_WORDS, intOrUndefined, VENDOR_NAME } from "./words.js";

export const HelpdeskSettingsForm_IntegrationFragment = graphql(`
  fragment HelpdeskSettingsForm_IntegrationFragment on Integration {
    id name vendor surveyDelivery surveyThrottleDays surveyExpiryDays
  }
`);

const HelpdeskSettingsFormMutation = graphql(`
  mutation HelpdeskSettingsFormMutation($input: UpdateIntegrationInput!) {
    updateIntegration(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationUpdateIntegrationSuccess {
        data { id name surveyDelivery surveyThrottleDays surveyExpiryDays }
      }
    }
  }
`);

/** Renames an integration, rotates its signing secret or changes its survey settings; only changes are sent. */
export function HelpdeskSettingsForm(props: {
  integration: FragmentType<typeof HelpdeskSettingsForm_IntegrationFragment>;
}) {
  const integration = useFragment(HelpdeskSettingsForm_IntegrationFragment, props.integration);
  const ids = useId();
  const [name, setName] = useState(integration.name);
  const [secret, setSecret] = useState("");
  const [delivery, setDelivery] = useState<SurveyDelivery>(integration.surveyDelivery);
  const [throttleDays, setThrottleDays] = useState(String(integration.surveyThrottleDays));
  const [expiryDays, setExpiryDays] = useState(String(integration.surveyExpiryDays));
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [state, update] = useMutation(HelpdeskSettingsFormMutation);
  const vendorName = integration.vendor === "GENERIC" ? "your system" : VENDOR_NAME[integration.vendor];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    const throttle = intOrUndefined(throttleDays);
    const expiry = intOrUndefined(expiryDays);
    const changes = {
      ...(name.trim() !== integration.name ? { name } : {}),
      ...(secret !== "" ? { secret } : {}),
      ...(delivery !== integration.surveyDelivery ? { surveyDelivery: delivery } : {}),
      ...(throttle !== undefined && throttle !== integration.surveyThrottleDays
        ? { surveyThrottleDays: throttle }
        : {}),
      ...(expiry !== undefined && expiry !== integration.surveyExpiryDays ? { surveyExpiryDays: expiry } : {}),
    };
    if (Object.keys(changes).length === 0) {
      setSaved("Nothing changed.");
      return;
    }
    const result = await update({ input: { integrationId: integration.id, ...changes } });
    const outcome = outcomeOf(result.error, result.data?.updateIntegration);
    if (outcome.ok) {
      setSecret("");
      setSaved(
        "secret" in changes
          ? "Saved. The new signing secret is in use now and will not be shown again."
          : "Saved. New settings apply to the next events.",
      );
    } else setError(outcome);
  }

  const field = (key: string) => fieldError(ids, error?.issues, key);
  const nameField = field("name");
  const secretField = field("secret");

  return (
    <form onSubmit={submit} aria-label={`Settings of ${integration.name}`}>
      <div className="grid-2">
        <div>
          <label htmlFor={`${ids}-name`}>Name</label>
          <input
            id={`${ids}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            required
            {...nameField.props}
          />
          {nameField.message}
        </div>
        <div>
          <label htmlFor={`${ids}-secret`}>New signing secret</label>
          <input
            id={`${ids}-secret`}
            type="password"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            {...secretField.props}
          />
          {secretField.message}
          <div className="field-hint">
            Leave empty to keep the current one. To rotate: make a new secret in {vendorName}, paste it here and save.
          </div>
        </div>
        <div>
          <label htmlFor={`${ids}-delivery`}>Survey delivery</label>
          <select
            id={`${ids}-delivery`}
            value={delivery}
            onChange={(e) => setDelivery(e.target.value as SurveyDelivery)}
          >
            {(Object.keys(DELIVERY_WORDS) as SurveyDelivery[]).map((d) => (
              <option key={d} value={d}>
                {DELIVERY_WORDS[d]}
              </option>
            ))}
          </select>
        </div>
        <SurveyDaysFields
          idPrefix={ids}
          issues={error?.issues}
          throttleDays={throttleDays}
          onThrottleDays={setThrottleDays}
          expiryDays={expiryDays}
          onExpiryDays={setExpiryDays}
        />
      </div>
      <ErrorText message={error?.message} issues={error?.issues} />
      {saved && (
        <div className="notice" role="status">
          {saved}
        </div>
      )}
      <button type="submit" className="primary" disabled={state.fetching}>
        Save settings
      </button>
    </form>
  );
}
