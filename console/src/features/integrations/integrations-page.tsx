import { useViewer } from "../auth/use-viewer.js";
import { ApiTokensSection } from "./api-tokens-section.js";
import { ConnectHelpdeskForm } from "./connect-helpdesk-form.js";
import { EraseCustomerSection } from "./erase-customer-section.js";
import { HelpdeskList } from "./helpdesk-list.js";
import { SurveyOutbox } from "./survey-outbox.js";

/**
 * Admins connect helpdesks (webhook URL, signing secret, survey settings), watch what each delivers, retry what
 * failed, see the survey decisions it led to, and manage the API tokens helpdesk apps use.
 */
export function IntegrationsPage() {
  const viewer = useViewer();
  if (viewer.role !== "ADMIN") {
    return (
      <>
        <h1>Integrations</h1>
        <p className="muted">Only admins connect helpdesks and manage API tokens.</p>
      </>
    );
  }
  return (
    <>
      <h1>Integrations</h1>
      <p className="muted">
        Connected helpdesks post signed ticket events to policy-pilot; solved tickets of pilot participants lead to
        survey invitations, recorded with the pilot arm.
      </p>
      <HelpdeskList />
      <ConnectHelpdeskForm />
      <h2>Survey outbox</h2>
      <SurveyOutbox />
      <ApiTokensSection />
      <EraseCustomerSection />
    </>
  );
}
