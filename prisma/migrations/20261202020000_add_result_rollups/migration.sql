-- Results never scan the responses (issue 8, ADR 0023). Sufficient statistics per pilot × variant × UTC day are
-- kept in result_rollups by a job; a read is the rollup plus the few rows above the pilot's watermark, so it is
-- exact and current. Writers change nothing: every row of feedback, assignments and exposures records the id of
-- the transaction that inserted it (a DEFAULT). The job only takes rows whose transaction ended before the oldest
-- one still running (pg_snapshot_xmin), in (roll_xid, id) order, so no row of an in-flight transaction can ever
-- fall below the watermark and nothing is counted twice. Updates and deletes of rolled-up rows (erasure) are
-- subtracted and re-added by triggers in the same transaction.
ALTER TABLE "feedback" ADD COLUMN "roll_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE "assignments" ADD COLUMN "roll_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE "exposures" ADD COLUMN "roll_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "feedback_pilot_id_roll_xid_id_idx" ON "feedback"("pilot_id", "roll_xid", "id");
CREATE INDEX "assignments_pilot_id_roll_xid_id_idx" ON "assignments"("pilot_id", "roll_xid", "id");
CREATE INDEX "exposures_pilot_id_roll_xid_id_idx" ON "exposures"("pilot_id", "roll_xid", "id");

CREATE TABLE "result_rollups" (
    "pilot_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "participants" BIGINT NOT NULL DEFAULT 0,
    "exposures" BIGINT NOT NULL DEFAULT 0,
    "csat_n" BIGINT NOT NULL DEFAULT 0,
    "csat_sum" BIGINT NOT NULL DEFAULT 0,
    "csat_squares" BIGINT NOT NULL DEFAULT 0,
    "csat_satisfied" BIGINT NOT NULL DEFAULT 0,
    "nps_n" BIGINT NOT NULL DEFAULT 0,
    "nps_promoters" BIGINT NOT NULL DEFAULT 0,
    "nps_passives" BIGINT NOT NULL DEFAULT 0,
    "nps_detractors" BIGINT NOT NULL DEFAULT 0,
    "ces_n" BIGINT NOT NULL DEFAULT 0,
    "ces_sum" BIGINT NOT NULL DEFAULT 0,
    "ces_squares" BIGINT NOT NULL DEFAULT 0,
    "comments" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "result_rollups_pkey" PRIMARY KEY ("pilot_id", "variant_id", "day")
);
ALTER TABLE "result_rollups" ADD CONSTRAINT "result_rollups_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Per pilot and source table: the last (roll_xid, id) rolled up. ('0', '') is before every row.
CREATE TABLE "result_rollup_state" (
    "pilot_id" TEXT NOT NULL,
    "feedback_xid" xid8 NOT NULL DEFAULT '0',
    "feedback_id" TEXT NOT NULL DEFAULT '',
    "assignments_xid" xid8 NOT NULL DEFAULT '0',
    "assignments_id" TEXT NOT NULL DEFAULT '',
    "exposures_xid" xid8 NOT NULL DEFAULT '0',
    "exposures_id" TEXT NOT NULL DEFAULT '',
    "rolled_up_at" TIMESTAMPTZ(3),
    CONSTRAINT "result_rollup_state_pkey" PRIMARY KEY ("pilot_id")
);
ALTER TABLE "result_rollup_state" ADD CONSTRAINT "result_rollup_state_pilot_id_fkey" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What one customer response adds to its pilot × variant × UTC day (the one definition of the feedback sums; the
-- retract trigger below repeats it for a single row).
CREATE VIEW "result_feedback_rows" AS
SELECT pilot_id, variant_id, (created_at AT TIME ZONE 'UTC')::date AS day, roll_xid, id,
       (csat IS NOT NULL)::int AS csat_n, coalesce(csat, 0) AS csat_sum, coalesce(csat * csat, 0) AS csat_squares,
       (coalesce(csat, 0) >= 4)::int AS csat_satisfied,
       (nps IS NOT NULL)::int AS nps_n, (coalesce(nps, -1) >= 9)::int AS nps_promoters,
       (coalesce(nps, -1) IN (7, 8))::int AS nps_passives, (coalesce(nps, 99) <= 6)::int AS nps_detractors,
       (ces IS NOT NULL)::int AS ces_n, coalesce(ces, 0) AS ces_sum, coalesce(ces * ces, 0) AS ces_squares,
       (comment IS NOT NULL)::int AS comments
FROM feedback WHERE source = 'CUSTOMER';

-- Locks a pilot's watermark row (creating it on first use), so that the job and the retract triggers take turns.
-- With wait = false a pilot another session is rolling up returns no row.
CREATE FUNCTION result_rollup_lock(p_pilot TEXT, p_wait BOOLEAN) RETURNS SETOF result_rollup_state
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO result_rollup_state (pilot_id) VALUES (p_pilot) ON CONFLICT (pilot_id) DO NOTHING;
  IF p_wait THEN
    RETURN QUERY SELECT * FROM result_rollup_state WHERE pilot_id = p_pilot FOR UPDATE;
  ELSE
    RETURN QUERY SELECT * FROM result_rollup_state WHERE pilot_id = p_pilot FOR UPDATE SKIP LOCKED;
  END IF;
END $$;

-- One step of the rollup of one pilot: at most p_limit rows of each source table, in (roll_xid, id) order, from
-- transactions that have all ended. Returns the rows rolled up, or -1 when another session holds the pilot.
-- Dynamic SQL so that every step is planned with its watermark (an index range scan, never a generic plan).
CREATE FUNCTION result_rollup_step(p_pilot TEXT, p_limit INTEGER, p_wait BOOLEAN) RETURNS INTEGER
LANGUAGE plpgsql
-- Planned for an index range scan even when statistics are stale (PGlite never auto-analyzes): a bitmap scan and
-- sort of everything above the watermark would make each step as slow as the whole catch-up. No JIT: the disabled
-- plan types' cost penalty would otherwise make PostgreSQL compile every step (seconds each).
SET jit = off SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off AS $$
DECLARE
  st result_rollup_state;
  last_xid xid8;
  last_id TEXT;
  n INTEGER;
  total INTEGER := 0;
BEGIN
  SELECT * INTO st FROM result_rollup_lock(p_pilot, p_wait);
  IF NOT FOUND THEN RETURN -1; END IF;

  EXECUTE $q$
    WITH chunk AS (
      SELECT * FROM result_feedback_rows
      WHERE pilot_id = $1 AND (roll_xid, id) > ($2, $3) AND roll_xid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY roll_xid, id LIMIT $4),
    sums AS (
      INSERT INTO result_rollups AS r (pilot_id, variant_id, day, csat_n, csat_sum, csat_squares, csat_satisfied,
        nps_n, nps_promoters, nps_passives, nps_detractors, ces_n, ces_sum, ces_squares, comments)
      SELECT $1, variant_id, day, sum(csat_n), sum(csat_sum), sum(csat_squares), sum(csat_satisfied), sum(nps_n),
        sum(nps_promoters), sum(nps_passives), sum(nps_detractors), sum(ces_n), sum(ces_sum), sum(ces_squares),
        sum(comments)
      FROM chunk GROUP BY variant_id, day
      ON CONFLICT (pilot_id, variant_id, day) DO UPDATE SET
        csat_n = r.csat_n + excluded.csat_n, csat_sum = r.csat_sum + excluded.csat_sum,
        csat_squares = r.csat_squares + excluded.csat_squares,
        csat_satisfied = r.csat_satisfied + excluded.csat_satisfied, nps_n = r.nps_n + excluded.nps_n,
        nps_promoters = r.nps_promoters + excluded.nps_promoters,
        nps_passives = r.nps_passives + excluded.nps_passives,
        nps_detractors = r.nps_detractors + excluded.nps_detractors, ces_n = r.ces_n + excluded.ces_n,
        ces_sum = r.ces_sum + excluded.ces_sum, ces_squares = r.ces_squares + excluded.ces_squares,
        comments = r.comments + excluded.comments)
    SELECT (SELECT count(*) FROM chunk)::int,
           (SELECT roll_xid FROM chunk ORDER BY roll_xid DESC, id DESC LIMIT 1),
           (SELECT id FROM chunk ORDER BY roll_xid DESC, id DESC LIMIT 1)
  $q$ INTO n, last_xid, last_id USING p_pilot, st.feedback_xid, st.feedback_id, p_limit;
  IF n > 0 THEN
    UPDATE result_rollup_state SET feedback_xid = last_xid, feedback_id = last_id WHERE pilot_id = p_pilot;
    total := total + n;
  END IF;

  EXECUTE $q$
    WITH chunk AS (
      SELECT variant_id, (assigned_at AT TIME ZONE 'UTC')::date AS day, roll_xid, id FROM assignments
      WHERE pilot_id = $1 AND (roll_xid, id) > ($2, $3) AND roll_xid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY roll_xid, id LIMIT $4),
    sums AS (
      INSERT INTO result_rollups AS r (pilot_id, variant_id, day, participants)
      SELECT $1, variant_id, day, count(*) FROM chunk GROUP BY variant_id, day
      ON CONFLICT (pilot_id, variant_id, day) DO UPDATE SET participants = r.participants + excluded.participants)
    SELECT (SELECT count(*) FROM chunk)::int,
           (SELECT roll_xid FROM chunk ORDER BY roll_xid DESC, id DESC LIMIT 1),
           (SELECT id FROM chunk ORDER BY roll_xid DESC, id DESC LIMIT 1)
  $q$ INTO n, last_xid, last_id USING p_pilot, st.assignments_xid, st.assignments_id, p_limit;
  IF n > 0 THEN
    UPDATE result_rollup_state SET assignments_xid = last_xid, assignments_id = last_id WHERE pilot_id = p_pilot;
    total := total + n;
  END IF;

  EXECUTE $q$
    WITH chunk AS (
      SELECT variant_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, roll_xid, id FROM exposures
      WHERE pilot_id = $1 AND (roll_xid, id) > ($2, $3) AND roll_xid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY roll_xid, id LIMIT $4),
    sums AS (
      INSERT INTO result_rollups AS r (pilot_id, variant_id, day, exposures)
      SELECT $1, variant_id, day, count(*) FROM chunk GROUP BY variant_id, day
      ON CONFLICT (pilot_id, variant_id, day) DO UPDATE SET exposures = r.exposures + excluded.exposures)
    SELECT (SELECT count(*) FROM chunk)::int,
           (SELECT roll_xid FROM chunk ORDER BY roll_xid DESC, id DESC LIMIT 1),
           (SELECT id FROM chunk ORDER BY roll_xid DESC, id DESC LIMIT 1)
  $q$ INTO n, last_xid, last_id USING p_pilot, st.exposures_xid, st.exposures_id, p_limit;
  IF n > 0 THEN
    UPDATE result_rollup_state SET exposures_xid = last_xid, exposures_id = last_id WHERE pilot_id = p_pilot;
    total := total + n;
  END IF;

  UPDATE result_rollup_state SET rolled_up_at = now() WHERE pilot_id = p_pilot;
  RETURN total;
END $$;

-- Rows of a pilot above its watermark, counted up to p_cap per source table (cheap: index range scans).
CREATE FUNCTION result_rollup_pending(p_pilot TEXT, p_cap INTEGER) RETURNS BIGINT
LANGUAGE plpgsql STABLE SET jit = off SET enable_seqscan = off SET enable_bitmapscan = off AS $$
DECLARE
  st result_rollup_state;
  fb BIGINT;
  asg BIGINT;
  exp BIGINT;
BEGIN
  SELECT * INTO st FROM result_rollup_state WHERE pilot_id = p_pilot;
  IF NOT FOUND THEN st.feedback_xid := '0'; st.feedback_id := ''; st.assignments_xid := '0'; st.assignments_id := '';
    st.exposures_xid := '0'; st.exposures_id := ''; END IF;
  EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM result_feedback_rows WHERE pilot_id = $1 AND (roll_xid, id) > ($2, $3) LIMIT $4) x'
    INTO fb USING p_pilot, st.feedback_xid, st.feedback_id, p_cap;
  EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM assignments WHERE pilot_id = $1 AND (roll_xid, id) > ($2, $3) LIMIT $4) x'
    INTO asg USING p_pilot, st.assignments_xid, st.assignments_id, p_cap;
  EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM exposures WHERE pilot_id = $1 AND (roll_xid, id) > ($2, $3) LIMIT $4) x'
    INTO exp USING p_pilot, st.exposures_xid, st.exposures_id, p_cap;
  RETURN fb + asg + exp;
END $$;

-- A pilot's statistics per variant and UTC day: the rollup plus every visible row above the watermark. STABLE, so
-- the watermark, the rollup and the fresh rows are read in the calling statement's one snapshot (exact).
CREATE FUNCTION result_rollup_daily(p_pilot TEXT)
RETURNS TABLE (variant_id TEXT, day DATE, participants BIGINT, exposures BIGINT, csat_n BIGINT, csat_sum BIGINT,
  csat_squares BIGINT, csat_satisfied BIGINT, nps_n BIGINT, nps_promoters BIGINT, nps_passives BIGINT,
  nps_detractors BIGINT, ces_n BIGINT, ces_sum BIGINT, ces_squares BIGINT, comments BIGINT)
LANGUAGE plpgsql STABLE SET jit = off SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off AS $$
DECLARE
  st result_rollup_state;
BEGIN
  SELECT * INTO st FROM result_rollup_state s WHERE s.pilot_id = p_pilot;
  IF NOT FOUND THEN st.feedback_xid := '0'; st.feedback_id := ''; st.assignments_xid := '0'; st.assignments_id := '';
    st.exposures_xid := '0'; st.exposures_id := ''; END IF;
  RETURN QUERY EXECUTE $q$
    SELECT u.variant_id, u.day, sum(u.participants)::bigint, sum(u.exposures)::bigint, sum(u.csat_n)::bigint,
      sum(u.csat_sum)::bigint, sum(u.csat_squares)::bigint, sum(u.csat_satisfied)::bigint, sum(u.nps_n)::bigint,
      sum(u.nps_promoters)::bigint, sum(u.nps_passives)::bigint, sum(u.nps_detractors)::bigint, sum(u.ces_n)::bigint,
      sum(u.ces_sum)::bigint, sum(u.ces_squares)::bigint, sum(u.comments)::bigint
    FROM (
      SELECT r.variant_id, r.day, r.participants, r.exposures, r.csat_n, r.csat_sum, r.csat_squares, r.csat_satisfied,
        r.nps_n, r.nps_promoters, r.nps_passives, r.nps_detractors, r.ces_n, r.ces_sum, r.ces_squares, r.comments
      FROM result_rollups r WHERE r.pilot_id = $1
      UNION ALL
      SELECT f.variant_id, f.day, 0, 0, f.csat_n, f.csat_sum, f.csat_squares, f.csat_satisfied, f.nps_n,
        f.nps_promoters, f.nps_passives, f.nps_detractors, f.ces_n, f.ces_sum, f.ces_squares, f.comments
      FROM result_feedback_rows f WHERE f.pilot_id = $1 AND (f.roll_xid, f.id) > ($2, $3)
      UNION ALL
      SELECT a.variant_id, (a.assigned_at AT TIME ZONE 'UTC')::date, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM assignments a WHERE a.pilot_id = $1 AND (a.roll_xid, a.id) > ($4, $5)
      UNION ALL
      SELECT e.variant_id, (e.occurred_at AT TIME ZONE 'UTC')::date, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM exposures e WHERE e.pilot_id = $1 AND (e.roll_xid, e.id) > ($6, $7)
    ) u
    GROUP BY u.variant_id, u.day
  $q$ USING p_pilot, st.feedback_xid, st.feedback_id, st.assignments_xid, st.assignments_id, st.exposures_xid,
    st.exposures_id;
END $$;

-- Adds (sign 1) or subtracts (sign -1) one row's contribution when that row is already rolled up; a row above the
-- watermark is left to the job. Runs under the pilot's watermark lock, so it and the job never overlap.
CREATE FUNCTION result_rollup_adjust(p_table TEXT, p_pilot TEXT, p_variant TEXT, p_day DATE, p_xid xid8, p_id TEXT,
  p_sign INTEGER, p_values BIGINT[]) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  st result_rollup_state;
  v BIGINT[] := p_values;
BEGIN
  -- A pilot being deleted takes its rollups with it.
  IF NOT EXISTS (SELECT 1 FROM pilots WHERE id = p_pilot) THEN RETURN; END IF;
  SELECT * INTO st FROM result_rollup_lock(p_pilot, true);
  IF p_table = 'feedback' AND (p_xid, p_id) > (st.feedback_xid, st.feedback_id) THEN RETURN; END IF;
  IF p_table = 'assignments' AND (p_xid, p_id) > (st.assignments_xid, st.assignments_id) THEN RETURN; END IF;
  IF p_table = 'exposures' AND (p_xid, p_id) > (st.exposures_xid, st.exposures_id) THEN RETURN; END IF;
  INSERT INTO result_rollups AS r (pilot_id, variant_id, day, participants, exposures, csat_n, csat_sum, csat_squares,
    csat_satisfied, nps_n, nps_promoters, nps_passives, nps_detractors, ces_n, ces_sum, ces_squares, comments)
  VALUES (p_pilot, p_variant, p_day, p_sign * v[1], p_sign * v[2], p_sign * v[3], p_sign * v[4], p_sign * v[5],
    p_sign * v[6], p_sign * v[7], p_sign * v[8], p_sign * v[9], p_sign * v[10], p_sign * v[11], p_sign * v[12],
    p_sign * v[13], p_sign * v[14])
  ON CONFLICT (pilot_id, variant_id, day) DO UPDATE SET
    participants = r.participants + excluded.participants, exposures = r.exposures + excluded.exposures,
    csat_n = r.csat_n + excluded.csat_n, csat_sum = r.csat_sum + excluded.csat_sum,
    csat_squares = r.csat_squares + excluded.csat_squares, csat_satisfied = r.csat_satisfied + excluded.csat_satisfied,
    nps_n = r.nps_n + excluded.nps_n, nps_promoters = r.nps_promoters + excluded.nps_promoters,
    nps_passives = r.nps_passives + excluded.nps_passives, nps_detractors = r.nps_detractors + excluded.nps_detractors,
    ces_n = r.ces_n + excluded.ces_n, ces_sum = r.ces_sum + excluded.ces_sum,
    ces_squares = r.ces_squares + excluded.ces_squares, comments = r.comments + excluded.comments;
END $$;

-- The contribution of one feedback row, as in result_feedback_rows: participants, exposures, then the feedback sums.
CREATE FUNCTION result_feedback_values(f feedback) RETURNS BIGINT[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN f.source = 'CUSTOMER' THEN ARRAY[0, 0,
    (f.csat IS NOT NULL)::int, coalesce(f.csat, 0), coalesce(f.csat * f.csat, 0), (coalesce(f.csat, 0) >= 4)::int,
    (f.nps IS NOT NULL)::int, (coalesce(f.nps, -1) >= 9)::int, (coalesce(f.nps, -1) IN (7, 8))::int,
    (coalesce(f.nps, 99) <= 6)::int,
    (f.ces IS NOT NULL)::int, coalesce(f.ces, 0), coalesce(f.ces * f.ces, 0),
    (f.comment IS NOT NULL)::int]::bigint[]
  ELSE ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]::bigint[] END
$$;

CREATE FUNCTION result_rollup_retract_feedback() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM result_rollup_adjust('feedback', OLD.pilot_id, OLD.variant_id, (OLD.created_at AT TIME ZONE 'UTC')::date,
    OLD.roll_xid, OLD.id, -1, result_feedback_values(OLD));
  IF TG_OP = 'UPDATE' THEN
    PERFORM result_rollup_adjust('feedback', NEW.pilot_id, NEW.variant_id, (NEW.created_at AT TIME ZONE 'UTC')::date,
      NEW.roll_xid, NEW.id, 1, result_feedback_values(NEW));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION result_rollup_retract_assignment() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM result_rollup_adjust('assignments', OLD.pilot_id, OLD.variant_id, (OLD.assigned_at AT TIME ZONE 'UTC')::date,
    OLD.roll_xid, OLD.id, -1, ARRAY[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]::bigint[]);
  IF TG_OP = 'UPDATE' THEN
    PERFORM result_rollup_adjust('assignments', NEW.pilot_id, NEW.variant_id,
      (NEW.assigned_at AT TIME ZONE 'UTC')::date, NEW.roll_xid, NEW.id, 1,
      ARRAY[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]::bigint[]);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION result_rollup_retract_exposure() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM result_rollup_adjust('exposures', OLD.pilot_id, OLD.variant_id, (OLD.occurred_at AT TIME ZONE 'UTC')::date,
    OLD.roll_xid, OLD.id, -1, ARRAY[0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]::bigint[]);
  IF TG_OP = 'UPDATE' THEN
    PERFORM result_rollup_adjust('exposures', NEW.pilot_id, NEW.variant_id,
      (NEW.occurred_at AT TIME ZONE 'UTC')::date, NEW.roll_xid, NEW.id, 1,
      ARRAY[0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]::bigint[]);
  END IF;
  RETURN NULL;
END $$;

-- Inserts need nothing (the job finds them); only changes that move a row's contribution fire.
CREATE TRIGGER "feedback_result_rollup_delete" AFTER DELETE ON "feedback"
  FOR EACH ROW EXECUTE FUNCTION result_rollup_retract_feedback();
CREATE TRIGGER "feedback_result_rollup_update" AFTER UPDATE ON "feedback" FOR EACH ROW
  WHEN (result_feedback_values(OLD) IS DISTINCT FROM result_feedback_values(NEW)
     OR OLD.pilot_id IS DISTINCT FROM NEW.pilot_id OR OLD.variant_id IS DISTINCT FROM NEW.variant_id
     OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.roll_xid IS DISTINCT FROM NEW.roll_xid
     OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION result_rollup_retract_feedback();
CREATE TRIGGER "assignments_result_rollup_delete" AFTER DELETE ON "assignments"
  FOR EACH ROW EXECUTE FUNCTION result_rollup_retract_assignment();
CREATE TRIGGER "assignments_result_rollup_update" AFTER UPDATE ON "assignments" FOR EACH ROW
  WHEN (OLD.pilot_id IS DISTINCT FROM NEW.pilot_id OR OLD.variant_id IS DISTINCT FROM NEW.variant_id
     OR OLD.assigned_at IS DISTINCT FROM NEW.assigned_at OR OLD.roll_xid IS DISTINCT FROM NEW.roll_xid
     OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION result_rollup_retract_assignment();
CREATE TRIGGER "exposures_result_rollup_delete" AFTER DELETE ON "exposures"
  FOR EACH ROW EXECUTE FUNCTION result_rollup_retract_exposure();
CREATE TRIGGER "exposures_result_rollup_update" AFTER UPDATE ON "exposures" FOR EACH ROW
  WHEN (OLD.pilot_id IS DISTINCT FROM NEW.pilot_id OR OLD.variant_id IS DISTINCT FROM NEW.variant_id
     OR OLD.occurred_at IS DISTINCT FROM NEW.occurred_at OR OLD.roll_xid IS DISTINCT FROM NEW.roll_xid
     OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION result_rollup_retract_exposure();
