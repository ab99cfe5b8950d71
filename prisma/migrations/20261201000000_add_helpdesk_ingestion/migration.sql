-- Helpdesk ingestion: connected helpdesks, their verified events (stored once), counters of what was not stored,
-- interactions folded from the events, and survey invitations with their hashed link tokens.

CREATE TYPE "HelpdeskVendor" AS ENUM ('ZENDESK', 'INTERCOM', 'GENERIC');
CREATE TYPE "SurveyDelivery" AS ENUM ('HELPDESK', 'EMAIL');
CREATE TYPE "WebhookEventStatus" AS ENUM ('PENDING', 'PROCESSED', 'FAILED');
CREATE TYPE "InvitationDecision" AS ENUM ('SENT', 'THROTTLED', 'SAMPLED_OUT', 'NO_CONTACT');

-- Interactions find the policyFor answer of their ticket by the ticket id.
CREATE INDEX "exposures_ticket_external_id_idx" ON "exposures"("ticket_external_id");

ALTER TABLE "pilots" ADD COLUMN "survey_sample_rate" DOUBLE PRECISION NOT NULL DEFAULT 1;
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_survey_sample_rate_range" CHECK ("survey_sample_rate" >= 0 AND "survey_sample_rate" <= 1);

CREATE TABLE "integrations" (
    "id" TEXT NOT NULL,
    "vendor" "HelpdeskVendor" NOT NULL,
    "name" TEXT NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "survey_delivery" "SurveyDelivery" NOT NULL DEFAULT 'HELPDESK',
    "survey_throttle_days" INTEGER NOT NULL DEFAULT 14,
    "survey_expiry_days" INTEGER NOT NULL DEFAULT 7,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMPTZ(3),
    CONSTRAINT "integrations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "integrations_survey_days_range" CHECK ("survey_throttle_days" BETWEEN 0 AND 365 AND "survey_expiry_days" BETWEEN 1 AND 90)
);

CREATE TABLE "webhook_events" (
    "id" TEXT NOT NULL,
    "integration_id" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "ticket_external_id" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "event" JSONB NOT NULL,
    "raw" JSONB NOT NULL,
    "status" "WebhookEventStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "processed_at" TIMESTAMPTZ(3),
    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "webhook_events_integration_id_dedupe_key_key" ON "webhook_events"("integration_id", "dedupe_key");
CREATE INDEX "webhook_events_integration_id_ticket_external_id_idx" ON "webhook_events"("integration_id", "ticket_external_id");
CREATE INDEX "webhook_events_integration_id_received_at_idx" ON "webhook_events"("integration_id", "received_at");
CREATE INDEX "webhook_events_status_received_at_idx" ON "webhook_events"("status", "received_at");

CREATE TABLE "webhook_counters" (
    "integration_id" TEXT NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "webhook_counters_pkey" PRIMARY KEY ("integration_id", "hour", "outcome")
);

CREATE TABLE "interactions" (
    "id" TEXT NOT NULL,
    "integration_id" TEXT NOT NULL,
    "ticket_external_id" TEXT NOT NULL,
    "customer_external_id" TEXT,
    "agent_external_id" TEXT,
    "channel" TEXT,
    "opened_at" TIMESTAMPTZ(3),
    "first_agent_reply_at" TIMESTAMPTZ(3),
    "solved_at" TIMESTAMPTZ(3),
    "is_solved" BOOLEAN NOT NULL DEFAULT false,
    "reopen_count" INTEGER NOT NULL DEFAULT 0,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "tags" JSONB NOT NULL DEFAULT '[]',
    "vendor_satisfaction" TEXT,
    "pilot_id" TEXT,
    "variant_id" TEXT,
    "assignment_id" TEXT,
    "event_count" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "interactions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "interactions_integration_id_ticket_external_id_key" ON "interactions"("integration_id", "ticket_external_id");
CREATE INDEX "interactions_pilot_id_variant_id_idx" ON "interactions"("pilot_id", "variant_id");
CREATE INDEX "interactions_customer_external_id_idx" ON "interactions"("customer_external_id");

CREATE TABLE "survey_invitations" (
    "id" TEXT NOT NULL,
    "interaction_id" TEXT NOT NULL,
    "customer_external_id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "assignment_id" TEXT NOT NULL,
    "decision" "InvitationDecision" NOT NULL,
    "delivery" "SurveyDelivery" NOT NULL,
    "contact_email" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "email_sent_at" TIMESTAMPTZ(3),
    "email_error" TEXT,
    "email_attempts" INTEGER NOT NULL DEFAULT 0,
    "opened_at" TIMESTAMPTZ(3),
    "answered_at" TIMESTAMPTZ(3),
    CONSTRAINT "survey_invitations_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "survey_invitations_interaction_id_key" ON "survey_invitations"("interaction_id");
CREATE INDEX "survey_invitations_customer_external_id_decision_created_at_idx" ON "survey_invitations"("customer_external_id", "decision", "created_at");
CREATE INDEX "survey_invitations_pilot_id_variant_id_idx" ON "survey_invitations"("pilot_id", "variant_id");
CREATE INDEX "survey_invitations_created_at_idx" ON "survey_invitations"("created_at");

CREATE TABLE "survey_tokens" (
    "token_hash" TEXT NOT NULL,
    "invitation_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "survey_tokens_pkey" PRIMARY KEY ("token_hash")
);
CREATE INDEX "survey_tokens_invitation_id_idx" ON "survey_tokens"("invitation_id");

ALTER TABLE "integrations" ADD CONSTRAINT "integrations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_counters" ADD CONSTRAINT "webhook_counters_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "pilot_variants"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_interaction_id_fkey" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "pilot_variants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_tokens" ADD CONSTRAINT "survey_tokens_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "survey_invitations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
