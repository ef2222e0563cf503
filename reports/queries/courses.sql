-- Courses started, completed and certificates earned, by team and for the organisation.
-- A (learner, course) pair is started on its first day of activity, completed on its first row
-- marked completed, certified on its first row with a certificate. "In the period" counts the
-- pairs whose date falls in it; "to date" counts every pair up to the period's end.
-- The pairs are the `enrolment` table (enrolment.sql), made once for the period; they are counted
-- per learner first, so that each team's sums join a hundred thousand learners, not every pair.
WITH periods AS (
  SELECT 'current' AS period, $start::DATE AS start, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
  UNION ALL
  SELECT 'previous', ($start::DATE - INTERVAL 1 MONTH)::DATE, $start::DATE
),
learner AS (
  SELECT
    p.period,
    e.email_key,
    count(*) FILTER (WHERE e.started_on >= p.start AND e.started_on < p.stop) AS started,
    count(*) FILTER (WHERE e.completed_on >= p.start AND e.completed_on < p.stop) AS completed,
    count(*) FILTER (WHERE e.certified_on >= p.start AND e.certified_on < p.stop) AS certificates,
    count(*) FILTER (WHERE e.started_on < p.stop) AS started_to_date,
    count(*) FILTER (WHERE e.completed_on < p.stop) AS completed_to_date,
    count(*) FILTER (WHERE e.certified_on < p.stop) AS certificates_to_date
  FROM periods p CROSS JOIN enrolment e
  GROUP BY p.period, e.email_key
)
SELECT
  l.period,
  m.team_id,
  GROUPING(m.team_id) = 1 AS is_org,
  sum(l.started)::BIGINT AS started,
  sum(l.completed)::BIGINT AS completed,
  sum(l.certificates)::BIGINT AS certificates,
  sum(l.started_to_date)::BIGINT AS started_to_date,
  sum(l.completed_to_date)::BIGINT AS completed_to_date,
  sum(l.certificates_to_date)::BIGINT AS certificates_to_date,
  count(*) FILTER (WHERE l.completed_to_date > 0) AS learners_completed_to_date
FROM learner l
  LEFT JOIN member_teams m USING (email_key)
GROUP BY GROUPING SETS ((l.period, m.team_id), (l.period));
