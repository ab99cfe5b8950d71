-- Exposures are one row per participant × pilot × UTC day (issue 9). The participant is the pilot's unit (its
-- assignment); in AGENT pilots the customer served is part of it too, so that a customer served under two arms
-- stays visible (consistency violations). Older duplicates are removed, keeping the earliest of each day.
DELETE FROM "exposures" e
USING "exposures" d
WHERE e."assignment_id" = d."assignment_id"
  AND e."customer_external_id" = d."customer_external_id"
  AND (e."occurred_at" AT TIME ZONE 'UTC')::date = (d."occurred_at" AT TIME ZONE 'UTC')::date
  AND (e."occurred_at", e."id") > (d."occurred_at", d."id");
CREATE UNIQUE INDEX "exposures_one_per_participant_day"
  ON "exposures"("assignment_id", "customer_external_id", (("occurred_at" AT TIME ZONE 'UTC')::date));

-- Two-sided resolution: in CUSTOMER pilots agents serve both arms (ANY_AGENT, the default) or customers are routed
-- to their arm's agent group (BY_ARM: policyFor's answer carries the group as a routing hint).
CREATE TYPE "CustomerRouting" AS ENUM ('ANY_AGENT', 'BY_ARM');
ALTER TABLE "pilots" ADD COLUMN "customer_routing" "CustomerRouting" NOT NULL DEFAULT 'ANY_AGENT';
ALTER TABLE "pilot_variants" ADD COLUMN "agent_group" TEXT;

-- policyFor's cache of known participants is valid while a pilot's opt-out count is unchanged (read every 2 s).
CREATE INDEX "assignments_withdrawn" ON "assignments"("pilot_id") WHERE "withdrawn_at" IS NOT NULL;
