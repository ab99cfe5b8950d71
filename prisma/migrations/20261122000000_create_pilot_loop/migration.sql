-- The whole pilot loop: users and auth, policies and versions, pilots, variants, participants, assignments,
-- exposures, feedback, decisions and the audit log.

CREATE TYPE "Role" AS ENUM ('ADMIN', 'OPS', 'MANAGER', 'AGENT', 'VIEWER');
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');
CREATE TYPE "PilotStatus" AS ENUM ('DRAFT', 'RUNNING', 'PAUSED', 'CONCLUDED');
CREATE TYPE "AssignmentUnit" AS ENUM ('CUSTOMER', 'AGENT');
CREATE TYPE "ParticipantKind" AS ENUM ('CUSTOMER', 'AGENT');
CREATE TYPE "FeedbackSource" AS ENUM ('CUSTOMER', 'AGENT');
CREATE TYPE "DecisionOutcome" AS ENUM ('PROMOTE_VARIANT', 'KEEP_CONTROL');

CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMPTZ(3),
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash");
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

CREATE TABLE "policies" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "policies_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "policies_key_key" ON "policies"("key");

CREATE TABLE "policy_versions" (
    "id" TEXT NOT NULL,
    "policy_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "change_note" TEXT NOT NULL DEFAULT '',
    "review_by" DATE,
    "based_on_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "published_by_id" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    CONSTRAINT "policy_versions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "policy_versions_policy_id_number_key" ON "policy_versions"("policy_id", "number");
CREATE INDEX "policy_versions_policy_id_status_idx" ON "policy_versions"("policy_id", "status");
-- At most one PUBLISHED version per policy (not expressible in schema.prisma; the drift test knows about it).
CREATE UNIQUE INDEX "policy_versions_one_published" ON "policy_versions"("policy_id") WHERE "status" = 'PUBLISHED';

CREATE TABLE "pilots" (
    "id" TEXT NOT NULL,
    "policy_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hypothesis" TEXT NOT NULL DEFAULT '',
    "status" "PilotStatus" NOT NULL DEFAULT 'DRAFT',
    "unit" "AssignmentUnit" NOT NULL DEFAULT 'CUSTOMER',
    "hash_seed" TEXT NOT NULL,
    "coverage" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "consent_required" BOOLEAN NOT NULL DEFAULT false,
    "primary_metric" TEXT NOT NULL DEFAULT 'csat',
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "paused_at" TIMESTAMPTZ(3),
    "concluded_at" TIMESTAMPTZ(3),
    CONSTRAINT "pilots_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "pilots_policy_id_idx" ON "pilots"("policy_id");
CREATE INDEX "pilots_status_idx" ON "pilots"("status");

CREATE TABLE "pilot_variants" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,
    "is_control" BOOLEAN NOT NULL DEFAULT false,
    "policy_version_id" TEXT NOT NULL,
    CONSTRAINT "pilot_variants_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "pilot_variants_pilot_id_key_key" ON "pilot_variants"("pilot_id", "key");
CREATE UNIQUE INDEX "pilot_variants_pilot_id_position_key" ON "pilot_variants"("pilot_id", "position");

CREATE TABLE "participants" (
    "id" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "external_id" TEXT NOT NULL,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "participants_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "participants_kind_external_id_key" ON "participants"("kind", "external_id");

CREATE TABLE "assignments" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "participant_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "bucket" DOUBLE PRECISION NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "assignments_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "assignments_pilot_id_participant_id_key" ON "assignments"("pilot_id", "participant_id");
CREATE INDEX "assignments_pilot_id_variant_id_idx" ON "assignments"("pilot_id", "variant_id");

CREATE TABLE "exposures" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "assignment_id" TEXT NOT NULL,
    "customer_external_id" TEXT,
    "agent_external_id" TEXT,
    "ticket_external_id" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "exposures_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "exposures_pilot_id_variant_id_idx" ON "exposures"("pilot_id", "variant_id");
CREATE INDEX "exposures_assignment_id_idx" ON "exposures"("assignment_id");

CREATE TABLE "feedback" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "assignment_id" TEXT NOT NULL,
    "participant_id" TEXT NOT NULL,
    "source" "FeedbackSource" NOT NULL DEFAULT 'CUSTOMER',
    "csat" INTEGER,
    "nps" INTEGER,
    "ces" INTEGER,
    "comment" TEXT,
    "ticket_external_id" TEXT,
    "idempotency_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id"),
    -- The last line of defence behind the API's validation: nothing out of range is ever stored.
    CONSTRAINT "feedback_csat_range" CHECK ("csat" IS NULL OR "csat" BETWEEN 1 AND 5),
    CONSTRAINT "feedback_nps_range" CHECK ("nps" IS NULL OR "nps" BETWEEN 0 AND 10),
    CONSTRAINT "feedback_ces_range" CHECK ("ces" IS NULL OR "ces" BETWEEN 1 AND 7)
);
CREATE UNIQUE INDEX "feedback_idempotency_key_key" ON "feedback"("idempotency_key");
CREATE INDEX "feedback_pilot_id_variant_id_idx" ON "feedback"("pilot_id", "variant_id");

CREATE TABLE "decisions" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "variant_id" TEXT NOT NULL,
    "published_version_id" TEXT,
    "rationale" TEXT NOT NULL,
    "results_snapshot" JSONB NOT NULL,
    "decided_by_id" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "decisions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "decisions_pilot_id_key" ON "decisions"("pilot_id");

CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actor_type" TEXT NOT NULL,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "request_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_events_subject_type_subject_id_idx" ON "audit_events"("subject_type", "subject_id");
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "policies" ADD CONSTRAINT "policies_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_based_on_id_fkey" FOREIGN KEY ("based_on_id") REFERENCES "policy_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "pilot_variants" ADD CONSTRAINT "pilot_variants_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pilot_variants" ADD CONSTRAINT "pilot_variants_policy_version_id_fkey" FOREIGN KEY ("policy_version_id") REFERENCES "policy_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "pilot_variants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "pilot_variants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "pilot_variants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "pilot_variants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Published versions are immutable: only the move to ARCHIVED (and its timestamp) may touch a PUBLISHED row.
CREATE FUNCTION "policy_versions_guard_published"() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' AND (
       NEW."content" IS DISTINCT FROM OLD."content" OR NEW."title" IS DISTINCT FROM OLD."title"
    OR NEW."number" IS DISTINCT FROM OLD."number" OR NEW."policy_id" IS DISTINCT FROM OLD."policy_id"
    OR NEW."status" NOT IN ('PUBLISHED', 'ARCHIVED')) THEN
    RAISE EXCEPTION 'policy version % is published and immutable', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  IF OLD."status" = 'ARCHIVED' AND NEW."content" IS DISTINCT FROM OLD."content" THEN
    RAISE EXCEPTION 'policy version % is archived and immutable', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER "policy_versions_guard_published" BEFORE UPDATE ON "policy_versions"
  FOR EACH ROW EXECUTE FUNCTION "policy_versions_guard_published"();
