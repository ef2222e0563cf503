-- Invitations still pending (status invited), per team and role, oldest first within a team.
SELECT
  team_id,
  role,
  count(*) AS pending,
  strftime(min(invited_at), '%Y-%m-%d') AS oldest
FROM members
WHERE status = 'invited'
GROUP BY team_id, role
ORDER BY team_id NULLS FIRST, role;
