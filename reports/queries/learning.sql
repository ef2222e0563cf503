-- Active learners and hours learned by team and for the organisation, current and previous period.
-- An active learner has at least 1 minute of learning in the period. A learner counts in the team
-- they belong to now (members.team_id); activity of unknown e-mails counts for the organisation only.
-- Read from the `enrolment` table (enrolment.sql), made once for the period.
WITH periods AS (
  SELECT 'current' AS period, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
  UNION ALL
  SELECT 'previous', $start::DATE
),
learner AS (
  SELECT
    p.period,
    e.email_key,
    coalesce(sum(CASE p.period WHEN 'current' THEN e.minutes_current ELSE e.minutes_previous END), 0) AS minutes,
    sum(CASE p.period WHEN 'current' THEN e.minutes_to_current_end ELSE e.minutes_to_previous_end END) AS minutes_to_date
  FROM periods p JOIN enrolment e ON e.started_on < p.stop
  GROUP BY p.period, e.email_key
)
SELECT
  l.period,
  m.team_id,
  GROUPING(m.team_id) = 1 AS is_org,
  count(*) FILTER (WHERE l.minutes >= 1) AS active_learners,
  sum(l.minutes) / 60 AS hours,
  sum(l.minutes_to_date) / 60 AS hours_to_date
FROM learner l LEFT JOIN member_teams m USING (email_key)
GROUP BY GROUPING SETS ((l.period, m.team_id), (l.period));
