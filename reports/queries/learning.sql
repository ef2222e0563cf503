-- Learning and courses by team and for the organisation, current and previous period, from the
-- `enrolment` table (enrolment.sql, the period's (learner, course) pairs), counted per learner
-- first (both periods in one pass), so that each team's sums join a hundred thousand learners,
-- not every pair.
-- - An active learner has at least 1 minute of learning in the period; hours to date are learned
--   before the period's end. A learner counts in the team they belong to now (members.team_id);
--   activity of unknown e-mails counts for the organisation only.
-- - A (learner, course) pair is started on its first day of activity, completed on its first row
--   marked completed, certified on its first row with a certificate. "In the period" counts the
--   pairs whose date falls in it; "to date" counts every pair up to the period's end.
WITH bounds AS (
  SELECT ($start::DATE - INTERVAL 1 MONTH)::DATE AS previous, $start::DATE AS current, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
),
learner AS (
  SELECT
    e.email_key,
    coalesce(sum(e.minutes_current), 0) AS minutes_c,
    coalesce(sum(e.minutes_previous), 0) AS minutes_p,
    sum(e.minutes_to_current_end) AS to_date_c,
    sum(e.minutes_to_previous_end) AS to_date_p,
    count(*) FILTER (WHERE e.started_on >= b.current AND e.started_on < b.stop) AS started_c,
    count(*) FILTER (WHERE e.started_on >= b.previous AND e.started_on < b.current) AS started_p,
    count(*) FILTER (WHERE e.completed_on >= b.current AND e.completed_on < b.stop) AS completed_c,
    count(*) FILTER (WHERE e.completed_on >= b.previous AND e.completed_on < b.current) AS completed_p,
    count(*) FILTER (WHERE e.certified_on >= b.current AND e.certified_on < b.stop) AS certificates_c,
    count(*) FILTER (WHERE e.certified_on >= b.previous AND e.certified_on < b.current) AS certificates_p,
    count(*) FILTER (WHERE e.started_on < b.stop) AS started_to_date_c,
    count(*) FILTER (WHERE e.started_on < b.current) AS started_to_date_p,
    count(*) FILTER (WHERE e.completed_on < b.stop) AS completed_to_date_c,
    count(*) FILTER (WHERE e.completed_on < b.current) AS completed_to_date_p,
    count(*) FILTER (WHERE e.certified_on < b.stop) AS certificates_to_date_c,
    count(*) FILTER (WHERE e.certified_on < b.current) AS certificates_to_date_p
  FROM enrolment e CROSS JOIN bounds b
  GROUP BY e.email_key
),
-- One row per learner and period; a learner who had started nothing by the previous period's end
-- has nothing to count in it.
by_period AS (
  SELECT 'current' AS period, email_key, minutes_c AS minutes, to_date_c AS minutes_to_date,
    started_c AS started, completed_c AS completed, certificates_c AS certificates,
    started_to_date_c AS started_to_date, completed_to_date_c AS completed_to_date, certificates_to_date_c AS certificates_to_date
  FROM learner
  UNION ALL
  SELECT 'previous', email_key, minutes_p, to_date_p, started_p, completed_p, certificates_p,
    started_to_date_p, completed_to_date_p, certificates_to_date_p
  FROM learner WHERE started_to_date_p > 0
)
SELECT
  l.period,
  m.team_id,
  GROUPING(m.team_id) = 1 AS is_org,
  count(*) FILTER (WHERE l.minutes >= 1) AS active_learners,
  sum(l.minutes) / 60 AS hours,
  sum(l.minutes_to_date) / 60 AS hours_to_date,
  sum(l.started)::BIGINT AS started,
  sum(l.completed)::BIGINT AS completed,
  sum(l.certificates)::BIGINT AS certificates,
  sum(l.started_to_date)::BIGINT AS started_to_date,
  sum(l.completed_to_date)::BIGINT AS completed_to_date,
  sum(l.certificates_to_date)::BIGINT AS certificates_to_date,
  count(*) FILTER (WHERE l.completed_to_date > 0) AS learners_completed_to_date
FROM by_period l LEFT JOIN member_teams m USING (email_key)
GROUP BY GROUPING SETS ((l.period, m.team_id), (l.period));
