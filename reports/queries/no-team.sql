-- Members (not removed) with no team, or with a team that is in no teams export nor configuration.
-- $teams is a JSON list of the team ids in the configuration.
SELECT email, first_name, last_name, role, status, team_id
FROM members
WHERE status <> 'removed'
  AND (team_id IS NULL
       OR (team_id NOT IN (SELECT team_id FROM teams)
           AND NOT list_contains(from_json($teams::VARCHAR, '["VARCHAR"]'), team_id)))
ORDER BY team_id NULLS FIRST, email;
