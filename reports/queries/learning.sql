-- Active learners and hours learned by team and for the organisation, current and previous period.
-- An active learner has at least 1 minute of learning in the period. A learner counts in the team
-- they belong to now (members.team_id); activity of unknown e-mails counts for the organisation only.
WITH periods AS (
  SELECT 'current' AS period, $start::DATE AS start, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
  UNION ALL
  SELECT 'previous', ($start::DATE - INTERVAL 1 MONTH)::DATE, $start::DATE
),
learner AS (
  SELECT
    p.period,
    a.email,
    coalesce(sum(a.minutes) FILTER (WHERE a.date >= p.start), 0) AS minutes,
    sum(a.minutes) AS minutes_to_date
  FROM periods p JOIN activity a ON a.date < p.stop
  GROUP BY p.period, a.email
)
SELECT
  l.period,
  m.team_id,
  GROUPING(m.team_id) = 1 AS is_org,
  count(*) FILTER (WHERE l.minutes >= 1) AS active_learners,
  sum(l.minutes) / 60 AS hours,
  sum(l.minutes_to_date) / 60 AS hours_to_date
FROM learner l LEFT JOIN (SELECT DISTINCT email, team_id FROM members) m USING (email)
GROUP BY GROUPING SETS ((l.period, m.team_id), (l.period));
