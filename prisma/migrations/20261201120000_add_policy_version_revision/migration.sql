-- Safe concurrent edits of drafts (ADR 0018): every edit names the revision it was based on; an edit conflicts only
-- when another writer changed one of the same fields since then, which field_revisions records per field.
ALTER TABLE "policy_versions" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "policy_versions" ADD COLUMN "field_revisions" JSONB NOT NULL DEFAULT '{}';
