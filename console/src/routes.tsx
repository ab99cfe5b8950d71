import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { AgentPage } from "./features/agents/agent-page.js";
import { NewPilotPage } from "./features/pilots/new-pilot-page.js";
import { PilotDetailPage } from "./features/pilots/pilot-detail-page.js";
import { PilotsPage } from "./features/pilots/pilots-page.js";
import { PoliciesPage } from "./features/policies/policies-page.js";
import { PolicyDetailPage } from "./features/policies/policy-detail-page.js";
import { VersionPage } from "./features/policies/version-page.js";

const IntegrationsPage = lazy(() =>
  import("./features/integrations/integrations-page.js").then((m) => ({ default: m.IntegrationsPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/pilots" replace />} />
      <Route path="/policies" element={<PoliciesPage />} />
      <Route path="/policies/:policyId" element={<PolicyDetailPage />} />
      <Route path="/policies/:policyId/new-pilot" element={<NewPilotPage />} />
      <Route path="/versions/:versionId" element={<VersionPage />} />
      <Route path="/agent" element={<AgentPage />} />
      <Route path="/pilots" element={<PilotsPage />} />
      <Route path="/pilots/:pilotId" element={<PilotDetailPage />} />
      <Route
        path="/integrations"
        element={
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <IntegrationsPage />
          </Suspense>
        }
      />
      <Route
        path="*"
        element={
          <p>
            No such page. <a href="/pilots">Go to pilots</a>.
          </p>
        }
      />
    </Routes>
  );
}
