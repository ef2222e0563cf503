-- Suggested-course uptake: share of a team's members (not removed, invited by the period's end)
-- who have started, by the period's end, at least one course suggested on their own team page.
-- Only teams with suggested courses count, for the team and for the organisation.
-- $suggested is a JSON list of {team_id, course_id} taken from the configuration; courses started
-- come from the `enrolment` table (enrolment.sql), made once for the period.
WITH periods AS (
  SELECT 'current' AS period, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
  UNION ALL
  SELECT 'previous', $start::DATE
),
suggested AS (
  SELECT DISTINCT s.team_id, s.course_id
  FROM (SELECT unnest(from_json($suggested::VARCHAR, '[{"team_id":"VARCHAR","course_id":"VARCHAR"}]')) AS s)
),
roster AS (
  SELECT p.period, p.stop, m.email, m.team_id
  FROM periods p JOIN members m ON m.status <> 'removed' AND (m.invited_at IS NULL OR m.invited_at < p.stop)
  WHERE m.team_id IN (SELECT team_id FROM suggested)
),
took AS (
  SELECT DISTINCT r.period, r.email
  FROM roster r
    JOIN enrolment e ON e.email = r.email AND e.started_on < r.stop
    JOIN suggested s ON s.team_id = r.team_id AND s.course_id = e.course_id
)
SELECT
  r.period,
  r.team_id,
  GROUPING(r.team_id) = 1 AS is_org,
  count(*) AS members,
  count(t.email) AS took_suggested
FROM roster r LEFT JOIN took t USING (period, email)
GROUP BY GROUPING SETS ((r.period, r.team_id), (r.period));
