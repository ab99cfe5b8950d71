-- The pilot's design (ADR 0021): what its results are analysed on and how, chosen at creation and frozen at start.
-- Existing pilots get the analysis they had (CSAT primary; satisfied share and NPS secondary; customer effort a
-- guardrail with a 5 % margin; α 0.05; sequential intervals; MDE 5 %, power 80 %), with their own primary metric.
CREATE TYPE "AnalysisEngine" AS ENUM ('SEQUENTIAL', 'FIXED_HORIZON', 'BAYESIAN');
ALTER TABLE "pilots"
    ADD COLUMN "secondary_metrics" JSONB NOT NULL DEFAULT '["satisfied", "nps"]',
    ADD COLUMN "guardrails" JSONB NOT NULL DEFAULT '[{"metric": "ces", "margin": 0.05}]',
    ADD COLUMN "alpha" DOUBLE PRECISION NOT NULL DEFAULT 0.05,
    ADD COLUMN "engine" "AnalysisEngine" NOT NULL DEFAULT 'SEQUENTIAL',
    ADD COLUMN "prior_mean" DOUBLE PRECISION,
    ADD COLUMN "prior_variance" DOUBLE PRECISION,
    ADD COLUMN "mde" DOUBLE PRECISION NOT NULL DEFAULT 0.05,
    ADD COLUMN "power" DOUBLE PRECISION NOT NULL DEFAULT 0.8;
-- A metric is used once: a pilot whose primary metric is NPS or effort keeps the others as secondaries.
UPDATE "pilots" SET "secondary_metrics" = '["csat", "satisfied"]' WHERE "primary_metric" = 'nps';
UPDATE "pilots" SET "secondary_metrics" = '["csat", "satisfied", "nps"]', "guardrails" = '[]' WHERE "primary_metric" = 'ces';

-- Phases (ADR 0022): one per period of constant weights. Started pilots get phase 1 from their start with today's
-- weights (weight changes made before this migration are not reconstructed).
CREATE TABLE "pilot_phases" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weights" JSONB NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "counts" JSONB,
    CONSTRAINT "pilot_phases_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pilot_phases_number_positive" CHECK ("number" >= 1)
);
CREATE UNIQUE INDEX "pilot_phases_pilot_id_number_key" ON "pilot_phases"("pilot_id", "number");
ALTER TABLE "pilot_phases" ADD CONSTRAINT "pilot_phases_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "pilot_phases" ("id", "pilot_id", "number", "weights", "started_at")
SELECT 'phase_' || p."id" || '_1', p."id", 1, jsonb_object_agg(v."key", v."weight"), p."started_at"
FROM "pilots" p JOIN "pilot_variants" v ON v."pilot_id" = p."id"
WHERE p."started_at" IS NOT NULL
GROUP BY p."id", p."started_at";
