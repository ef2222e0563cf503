-- Licences by team and for the organisation, at the end of the current and the previous period.
-- invited: members not removed, invited before the period's end (or with no invitation date);
-- activated: of those, status active or activated_at before the period's end.
-- Removed members hold no licence, so they count nowhere here.
WITH periods AS (
  SELECT 'current' AS period, $start::DATE AS start, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
  UNION ALL
  SELECT 'previous', ($start::DATE - INTERVAL 1 MONTH)::DATE, $start::DATE
),
roster AS (
  SELECT p.period, p.stop, m.*
  FROM periods p JOIN members m ON m.status <> 'removed' AND (m.invited_at IS NULL OR m.invited_at < p.stop)
)
SELECT
  period,
  team_id,
  GROUPING(team_id) = 1 AS is_org,
  count(*) AS invited,
  count(*) FILTER (WHERE activated_at < stop OR (activated_at IS NULL AND status = 'active')) AS activated,
  median(date_diff('day', invited_at, activated_at)) FILTER (WHERE activated_at < stop) AS median_days_to_activate
FROM roster
GROUP BY GROUPING SETS ((period, team_id), (period));
