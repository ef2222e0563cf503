-- Suggested-course uptake: share of a team's members (not removed, invited by the period's end)
-- who have started, by the period's end, at least one course suggested on their own team page.
-- Only teams with suggested courses count, for the team and for the organisation.
-- `team_suggestions` (team_id, course_id) holds the configuration's suggestions (made by
-- computeMetrics; a JSON parameter took 0.02 s more at scale L); courses started
-- come from the `enrolment` table (enrolment.sql), made once for the period.
WITH periods AS (
  SELECT 'current' AS period, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
  UNION ALL
  SELECT 'previous', $start::DATE
),
suggested AS (
  SELECT DISTINCT s.team_id, hash(s.course_id) AS course_key
  FROM team_suggestions s
),
-- The day each member first started a course suggested on their own team's page.
first_started AS (
  SELECT e.email_key, min(e.started_on) AS started_on
  FROM enrolment e
    JOIN (SELECT email_key, team_id FROM members WHERE status <> 'removed') m USING (email_key)
    JOIN suggested s ON s.team_id = m.team_id AND s.course_key = e.course_key
  GROUP BY e.email_key
),
roster AS (
  SELECT p.period, p.stop, m.email_key, m.team_id
  FROM periods p JOIN members m ON m.status <> 'removed' AND (m.invited_at IS NULL OR m.invited_at < p.stop)
  WHERE m.team_id IN (SELECT team_id FROM suggested)
)
SELECT
  r.period,
  r.team_id,
  GROUPING(r.team_id) = 1 AS is_org,
  count(*) AS members,
  count(*) FILTER (WHERE f.started_on < r.stop) AS took_suggested
FROM roster r LEFT JOIN first_started f USING (email_key)
GROUP BY GROUPING SETS ((r.period, r.team_id), (r.period));
