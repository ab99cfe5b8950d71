-- Audiences (issue 9, ADR 0026): a pilot's attribute rule (GrowthBook condition), its explicitly listed customers and
-- agents, and CSV imports of them with progress and a validation report (ADR 0027).
CREATE TYPE "AudienceImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'REJECTED', 'CANCELLED', 'FAILED');

CREATE TABLE "pilot_audiences" (
    "pilot_id" TEXT NOT NULL,
    "condition" JSONB,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pilot_audiences_pkey" PRIMARY KEY ("pilot_id")
);

CREATE TABLE "audience_members" (
    "pilot_id" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "external_id" TEXT NOT NULL,
    "import_id" TEXT,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audience_members_pkey" PRIMARY KEY ("pilot_id", "kind", "external_id")
);

CREATE TABLE "audience_imports" (
    "id" TEXT NOT NULL,
    "pilot_id" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "status" "AudienceImportStatus" NOT NULL DEFAULT 'QUEUED',
    "file_name" TEXT NOT NULL DEFAULT '',
    "file_bytes" INTEGER NOT NULL DEFAULT 0,
    "bytes_read" INTEGER NOT NULL DEFAULT 0,
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "inserted_count" INTEGER NOT NULL DEFAULT 0,
    "updated_count" INTEGER NOT NULL DEFAULT 0,
    "member_count" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "message" TEXT,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "instance_id" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "audience_imports_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audience_imports_pilot_id_created_at_idx" ON "audience_imports"("pilot_id", "created_at");
CREATE INDEX "audience_imports_status_idx" ON "audience_imports"("status");

ALTER TABLE "pilot_audiences" ADD CONSTRAINT "pilot_audiences_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "audience_members" ADD CONSTRAINT "audience_members_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "audience_imports" ADD CONSTRAINT "audience_imports_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "audience_imports" ADD CONSTRAINT "audience_imports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
