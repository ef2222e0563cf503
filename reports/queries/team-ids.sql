-- Teams of the teams export and of the members export, for teams the configuration does not list,
-- with the export's name when there is one.
SELECT team_id, max(name) AS name
FROM (
  SELECT team_id, name FROM teams
  UNION ALL
  SELECT team_id, NULL FROM members WHERE team_id IS NOT NULL AND status <> 'removed'
)
GROUP BY team_id
ORDER BY team_id;
