-- The five courses followed by the most learners in the period, by team and for the organisation.
WITH followed AS (
  SELECT
    m.team_id,
    GROUPING(m.team_id) = 1 AS is_org,
    a.course_id,
    count(DISTINCT a.email) AS learners,
    sum(a.minutes) / 60 AS hours
  FROM activity a LEFT JOIN (SELECT DISTINCT email, team_id FROM members) m USING (email)
  WHERE a.date >= $start::DATE AND a.date < ($start::DATE + INTERVAL 1 MONTH)::DATE
  GROUP BY GROUPING SETS ((m.team_id, a.course_id), (a.course_id))
)
SELECT f.team_id, f.is_org, f.course_id, coalesce(c.title, f.course_id) AS title, f.learners, f.hours
FROM followed f LEFT JOIN courses c USING (course_id)
QUALIFY row_number() OVER (PARTITION BY f.is_org, f.team_id ORDER BY f.learners DESC, f.hours DESC, f.course_id) <= 5
ORDER BY f.is_org, f.team_id, f.learners DESC, f.hours DESC, f.course_id;
