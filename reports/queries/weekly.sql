-- Weekly active learners and hours learned per week (weeks start on Monday), by team and for the
-- organisation, over the weeks [$from, $to) chosen by the caller (the last 12 complete weeks).
WITH learner_week AS (
  SELECT date_trunc('week', date)::DATE AS week, email_key, sum(minutes) AS minutes
  FROM activity
  WHERE date >= $from::DATE AND date < $to::DATE
  GROUP BY ALL
)
SELECT
  strftime(w.week, '%Y-%m-%d') AS week,
  m.team_id,
  GROUPING(m.team_id) = 1 AS is_org,
  count(*) FILTER (WHERE w.minutes >= 1) AS active_learners,
  sum(w.minutes) / 60 AS hours
FROM learner_week w LEFT JOIN (SELECT DISTINCT email_key, team_id FROM members) m USING (email_key)
GROUP BY GROUPING SETS ((w.week, m.team_id), (w.week));
