-- Agents rate the pilot variant they work under (ADR 0020): clarity and workability 1–5 and a comment, at most once
-- per variant, user and ISO week (UTC; week_start is that week's Monday). Users may carry the helpdesk's agent id, so
-- that in a pilot assigning agents an agent rates only the variant they are assigned to.
ALTER TABLE "users" ADD COLUMN "helpdesk_agent_id" TEXT;
CREATE UNIQUE INDEX "users_helpdesk_agent_id_key" ON "users"("helpdesk_agent_id");

CREATE TABLE "agent_ratings" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "clarity" INTEGER NOT NULL,
    "workability" INTEGER NOT NULL,
    "comment" TEXT,
    "week_start" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "agent_ratings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "agent_ratings_clarity_range" CHECK ("clarity" BETWEEN 1 AND 5),
    CONSTRAINT "agent_ratings_workability_range" CHECK ("workability" BETWEEN 1 AND 5),
    CONSTRAINT "agent_ratings_comment_length" CHECK ("comment" IS NULL OR char_length("comment") <= 2000),
    -- A Monday: the ISO week's first day.
    CONSTRAINT "agent_ratings_week_start_monday" CHECK (EXTRACT(ISODOW FROM "week_start") = 1)
);
CREATE UNIQUE INDEX "agent_ratings_variant_id_user_id_week_start_key" ON "agent_ratings"("variant_id", "user_id", "week_start");
CREATE INDEX "agent_ratings_pilot_id_variant_id_created_at_idx" ON "agent_ratings"("pilot_id", "variant_id", "created_at");

ALTER TABLE "agent_ratings" ADD CONSTRAINT "agent_ratings_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "agent_ratings" ADD CONSTRAINT "agent_ratings_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "pilot_variants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "agent_ratings" ADD CONSTRAINT "agent_ratings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
