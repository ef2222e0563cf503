-- Who receives which report, from the roles: managers, admins, and every team's supervisors
-- (from the teams export, the members export and the configuration, $supervisors a JSON list of
-- {team_id, email}). Removed members receive nothing.
WITH configured AS (
  SELECT s.team_id, lower(s.email) AS email
  FROM (SELECT unnest(from_json($supervisors::VARCHAR, '[{"team_id":"VARCHAR","email":"VARCHAR"}]')) AS s)
),
supervision AS (
  SELECT team_id, lower(unnest(supervisor_emails)) AS email FROM teams
  UNION SELECT team_id, email FROM members WHERE role = 'supervisor' AND team_id IS NOT NULL
  UNION SELECT team_id, email FROM configured
),
active AS (SELECT DISTINCT email, role FROM members WHERE status <> 'removed')
SELECT 'manager' AS role, email, NULL AS team_id FROM active WHERE role = 'manager'
UNION ALL SELECT 'admin', email, NULL FROM active WHERE role = 'admin'
UNION ALL
SELECT DISTINCT 'supervisor', s.email, s.team_id
FROM supervision s
WHERE s.email NOT IN (SELECT email FROM members WHERE status = 'removed')
ORDER BY 1, 2, 3;
