-- The five courses followed by the most learners in the period, by team and for the organisation.
-- A course is followed by a learner with at least one activity row on it in the period (the
-- `enrolment` table, enrolment.sql, made once for the period).
WITH followed AS (
  SELECT
    m.team_id,
    GROUPING(m.team_id) = 1 AS is_org,
    e.course_id,
    count(*) AS learners,
    sum(e.minutes_current) / 60 AS hours
  FROM enrolment e LEFT JOIN (SELECT DISTINCT email, team_id FROM members) m USING (email)
  WHERE e.minutes_current IS NOT NULL
  GROUP BY GROUPING SETS ((m.team_id, e.course_id), (e.course_id))
)
SELECT f.team_id, f.is_org, f.course_id, coalesce(c.title, f.course_id) AS title, f.learners, f.hours
FROM followed f LEFT JOIN courses c USING (course_id)
QUALIFY row_number() OVER (PARTITION BY f.is_org, f.team_id ORDER BY f.learners DESC, f.hours DESC, f.course_id) <= 5
ORDER BY f.is_org, f.team_id, f.learners DESC, f.hours DESC, f.course_id;
