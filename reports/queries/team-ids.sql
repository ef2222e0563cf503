-- Teams of the teams export and of the members export, for teams the configuration does not list.
SELECT team_id FROM teams
UNION SELECT team_id FROM members WHERE team_id IS NOT NULL AND status <> 'removed'
ORDER BY team_id;
