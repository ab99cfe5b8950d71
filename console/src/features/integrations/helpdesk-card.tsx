import { useId, useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { Badge } from "../../ui/badge.js";
import { CopyButton } from "../../ui/copy-button.js";
import { Dialog } from "../../ui/dialog.js";
import { ErrorText } from "../../ui/error-text.js";
import { FailedEventsTable } from "./failed-events-table.js";
import { HelpdeskSettingsForm } from "./helpdesk-settings-form.js";
import { IntegrationHealthPanel } from "./integration-health-panel.js";
import { DELIVERY_WORDS, VENDOR_NAME } from "./words.js";

export const HelpdeskCard_IntegrationFragment = graphql(`
  fragment HelpdeskCard_IntegrationFragment on Integration {
    id vendor name webhookUrl setupInstructions createdAt disabledAt
    surveyDelivery surveyThrottleDays surveyExpiryDays
    health { ...IntegrationHealthPanel_IntegrationHealthFragment }
    ...HelpdeskSettingsForm_IntegrationFragment
  }
`);

const HelpdeskCardDisableMutation = graphql(`
  mutation HelpdeskCardDisableMutation($input: IntegrationIdInput!) {
    disableIntegration(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationDisableIntegrationSuccess { data { id disabledAt } }
    }
  }
`);

const HelpdeskCardEnableMutation = graphql(`
  mutation HelpdeskCardEnableMutation($input: IntegrationIdInput!) {
    enableIntegration(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationEnableIntegrationSuccess { data { id disabledAt } }
    }
  }
`);

/** One connected helpdesk: where it posts, whether it is accepted, how to set it up, its settings and its health. */
export function HelpdeskCard(props: {
  integration: FragmentType<typeof HelpdeskCard_IntegrationFragment>;
  refreshed: number;
}) {
  const integration = useFragment(HelpdeskCard_IntegrationFragment, props.integration);
  const ids = useId();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [disableState, disable] = useMutation(HelpdeskCardDisableMutation);
  const [enableState, enable] = useMutation(HelpdeskCardEnableMutation);
  const busy = disableState.fetching || enableState.fetching;
  const enabled = !integration.disabledAt;

  async function doDisable() {
    const result = await disable({ input: { integrationId: integration.id } });
    const outcome = outcomeOf(result.error, result.data?.disableIntegration);
    setFailure(outcome.ok ? null : outcome.message);
    setConfirming(false);
  }

  async function doEnable() {
    const result = await enable({ input: { integrationId: integration.id } });
    const outcome = outcomeOf(result.error, result.data?.enableIntegration);
    setFailure(outcome.ok ? null : outcome.message);
  }

  return (
    <article className="panel helpdesk" aria-labelledby={`${ids}-name`}>
      <div className="spread">
        <div>
          <h3 id={`${ids}-name`} className="helpdesk-name">
            {integration.name}
          </h3>
          <p className="small muted helpdesk-meta">
            {VENDOR_NAME[integration.vendor]} · connected {formatDate(integration.createdAt)} ·{" "}
            {DELIVERY_WORDS[integration.surveyDelivery].toLowerCase()} · throttle {integration.surveyThrottleDays} d ·
            links valid {integration.surveyExpiryDays} d
          </p>
        </div>
        <div className="row">
          {enabled ? <Badge value="ENABLED" label="Enabled" /> : <Badge value="DISABLED" label="Disabled" />}
          {enabled ? (
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => setConfirming(true)}
              aria-label={`Disable ${integration.name}`}
            >
              Disable
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={doEnable}
              aria-label={`Enable ${integration.name}`}
            >
              Enable
            </button>
          )}
        </div>
      </div>
      {!enabled && (
        <p className="warning">
          Disabled since {formatDateTime(integration.disabledAt)}: its webhooks are refused (403) and nothing is stored.
        </p>
      )}
      <ErrorText message={failure} />
      <div className="copyable">
        <span className="small muted">Webhook URL</span>
        <code className="webhook-url">{integration.webhookUrl}</code>
        <CopyButton text={integration.webhookUrl} label={`Copy webhook URL of ${integration.name}`} />
      </div>
      <details>
        <summary>Setup instructions</summary>
        <ol className="steps">
          {integration.setupInstructions.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
      <details>
        <summary>Settings and signing secret</summary>
        <HelpdeskSettingsForm integration={integration} />
      </details>
      <IntegrationHealthPanel health={integration.health} name={integration.name} />
      <FailedEventsTable integrationId={integration.id} name={integration.name} refreshed={props.refreshed} />
      {confirming && (
        <Dialog title={`Disable ${integration.name}?`} onClose={() => setConfirming(false)}>
          <p>Its webhooks will be refused (403) and nothing they send is stored until you enable it again.</p>
          <div className="row dialog-actions">
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button type="button" className="danger" disabled={busy} onClick={doDisable}>
              Disable
            </button>
          </div>
        </Dialog>
      )}
    </article>
  );
}
