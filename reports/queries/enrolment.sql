-- Every (learner, course) pair, by key (activity.email_key, course_key), with what the metrics
-- read of it, in one pass over the activity (10 M rows at scale L) instead of one pass per
-- metric: the learning, uptake and top-courses queries read this table (under a million
-- rows at scale L), and `member_teams` (member-teams.sql), each member's team by key, which they join.
-- A pair is started on its first day of activity, completed on its first row marked completed,
-- certified on its first row with a certificate. Minutes are summed over the current period
-- [$start, +1 month), the previous one [$start - 1 month, $start), and everything before each
-- period's end; a sum over no row is NULL (no activity on that course in that span).
-- Only the rows before the current period's end are read: every figure stops there (a pair
-- started or completed later is counted by no query, with or without its later rows), and the sum
-- of all of them is the minutes to date, cheaper than one more span.
CREATE OR REPLACE TABLE enrolment (
  email_key UBIGINT, course_key UBIGINT, started_on DATE, completed_on DATE, certified_on DATE,
  minutes_current DOUBLE, minutes_previous DOUBLE, minutes_to_current_end DOUBLE, minutes_to_previous_end DOUBLE
);
-- (Filled by an INSERT: DuckDB takes no parameter in CREATE TABLE … AS.)
INSERT INTO enrolment
WITH pairs AS (
  SELECT
    email_key,
    course_key,
    min(date) AS started_on,
    min(date) FILTER (WHERE completed) AS completed_on,
    min(date) FILTER (WHERE certificate) AS certified_on,
    sum(minutes) FILTER (WHERE date >= $start::DATE) AS minutes_current,
    sum(minutes) FILTER (WHERE date >= ($start::DATE - INTERVAL 1 MONTH)::DATE AND date < $start::DATE) AS minutes_previous,
    sum(minutes) AS minutes_to_date
  FROM activity
  WHERE date < ($start::DATE + INTERVAL 1 MONTH)::DATE
  GROUP BY email_key, course_key
)
SELECT
  email_key, course_key, started_on, completed_on, certified_on, minutes_current, minutes_previous,
  minutes_to_date,
  -- A pair has a row before the previous period's end exactly when it started before it.
  CASE WHEN started_on < $start::DATE THEN minutes_to_date - coalesce(minutes_current, 0) END
FROM pairs;
