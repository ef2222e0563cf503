-- Every (learner, course) pair, by key (activity.email_key, course_key), with what the metrics
-- read of it, in one pass over the activity (10 M rows at scale L) instead of one pass per
-- metric: the learning, uptake and top-courses queries read this table (under a million
-- rows at scale L), and `member_teams`, each member's team by key, which they join.
-- A pair is started on its first day of activity, completed on its first row marked completed,
-- certified on its first row with a certificate. Minutes are summed over the current period
-- [$start, +1 month), the previous one [$start - 1 month, $start), and everything before each
-- period's end; a sum over no row is NULL (no activity on that course in that span).
CREATE OR REPLACE TABLE member_teams AS SELECT DISTINCT email_key, team_id FROM members;
CREATE OR REPLACE TABLE enrolment (
  email_key UBIGINT, course_key UBIGINT, started_on DATE, completed_on DATE, certified_on DATE,
  minutes_current DOUBLE, minutes_previous DOUBLE, minutes_to_current_end DOUBLE, minutes_to_previous_end DOUBLE
);
-- (Filled by an INSERT: DuckDB takes no parameter in CREATE TABLE … AS.)
INSERT INTO enrolment
WITH bounds AS (
  SELECT ($start::DATE - INTERVAL 1 MONTH)::DATE AS previous, $start::DATE AS current, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
),
pairs AS (
  SELECT
    a.email_key,
    a.course_key,
    min(a.date) AS started_on,
    min(a.date) FILTER (WHERE a.completed) AS completed_on,
    min(a.date) FILTER (WHERE a.certificate) AS certified_on,
    sum(a.minutes) FILTER (WHERE a.date >= b.current AND a.date < b.stop) AS minutes_current,
    sum(a.minutes) FILTER (WHERE a.date >= b.previous AND a.date < b.current) AS minutes_previous,
    sum(a.minutes) FILTER (WHERE a.date < b.previous) AS minutes_before
  FROM activity a CROSS JOIN bounds b
  GROUP BY a.email_key, a.course_key
)
-- A pair has a row before a period's end exactly when it started before it.
SELECT
  p.email_key, p.course_key, p.started_on, p.completed_on, p.certified_on, p.minutes_current, p.minutes_previous,
  CASE WHEN p.started_on < b.stop THEN coalesce(p.minutes_before, 0) + coalesce(p.minutes_previous, 0) + coalesce(p.minutes_current, 0) END,
  CASE WHEN p.started_on < b.current THEN coalesce(p.minutes_before, 0) + coalesce(p.minutes_previous, 0) END
FROM pairs p CROSS JOIN bounds b;
