-- Beta customers: versioned disclosures per pilot, consent before randomization (with its link tokens), opt-out
-- (withdrawal) on assignments, and survey answers tied to their invitation (one answer per invitation).

CREATE TYPE "ConsentStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

CREATE TABLE "disclosures" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "texts" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "disclosures_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "disclosures_pilot_id_version_key" ON "disclosures"("pilot_id", "version");

CREATE TABLE "consents" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "participant_id" TEXT NOT NULL,
    "status" "ConsentStatus" NOT NULL DEFAULT 'PENDING',
    "disclosure_id" TEXT,
    "language" TEXT,
    "channel" TEXT,
    "asked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    CONSTRAINT "consents_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "consents_pilot_id_participant_id_key" ON "consents"("pilot_id", "participant_id");
CREATE INDEX "consents_pilot_id_status_idx" ON "consents"("pilot_id", "status");

CREATE TABLE "consent_tokens" (
    "token_hash" TEXT NOT NULL,
    "consent_id" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "consent_tokens_pkey" PRIMARY KEY ("token_hash")
);
CREATE INDEX "consent_tokens_consent_id_idx" ON "consent_tokens"("consent_id");

ALTER TABLE "assignments" ADD COLUMN "withdrawn_at" TIMESTAMPTZ(3);
ALTER TABLE "assignments" ADD COLUMN "withdrawal_channel" TEXT;

ALTER TABLE "feedback" ADD COLUMN "invitation_id" TEXT;
ALTER TABLE "feedback" ADD COLUMN "language" TEXT;
CREATE UNIQUE INDEX "feedback_invitation_id_key" ON "feedback"("invitation_id");

ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "consents" ADD CONSTRAINT "consents_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consents" ADD CONSTRAINT "consents_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "consents" ADD CONSTRAINT "consents_disclosure_id_fkey" FOREIGN KEY ("disclosure_id") REFERENCES "disclosures"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "consent_tokens" ADD CONSTRAINT "consent_tokens_consent_id_fkey" FOREIGN KEY ("consent_id") REFERENCES "consents"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "survey_invitations"("id") ON DELETE SET NULL ON UPDATE CASCADE;
