-- A survey answer and a first opening update one invitation row (answered_at, opened_at: not indexed). Free room on
-- each page lets PostgreSQL make those HOT updates (no new entries in the table's five indexes) for rows written from
-- now on. Storage parameter only: no column, index or constraint changes.
ALTER TABLE "survey_invitations" SET (fillfactor = 80);
