import { builder } from "./builder.js";
import "./scalars.js";
import "./error-types.js";
import "../modules/auth/auth.schema.js";
import "../modules/policies/policies.schema.js";
import "../modules/pilots/pilots.schema.js";
import "../modules/results/results.schema.js";
import "../modules/assignment/assignment.schema.js";
import "../modules/feedback/feedback.schema.js";
import "../modules/decisions/decisions.schema.js";
import "../modules/audit/audit.schema.js";
import "../modules/integrations/integrations.schema.js";
import "../modules/ingestion/ingestion.schema.js";
import "../modules/surveys/surveys.schema.js";
import "../modules/beta/beta.schema.js";
import "../modules/privacy/privacy.schema.js";
// Agents (ADR 0020): preview, ratings, helpdesk agent ids.
import "../modules/assignment/policy-preview.schema.js";
import "../modules/agent-ratings/agent-rating-errors.js";
import "../modules/agent-ratings/agent-ratings.schema.js";
import "../modules/users/users.schema.js";
import "../modules/audiences/audiences.schema.js";

builder.queryType({ authScopes: { public: true } });
builder.mutationType({ authScopes: { public: true } });

export const schema = builder.toSchema({ sortSchema: true });
