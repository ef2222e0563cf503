-- The five courses followed by the most learners in the period, by team and for the organisation.
-- A course is followed by a learner with at least one activity row on it in the period (the
-- `enrolment` table, enrolment.sql, made once for the period).
WITH followed AS (
  SELECT
    m.team_id,
    GROUPING(m.team_id) = 1 AS is_org,
    e.course_key,
    count(*) AS learners,
    sum(e.minutes_current) / 60 AS hours
  FROM enrolment e LEFT JOIN member_teams m USING (email_key)
  WHERE e.minutes_current IS NOT NULL
  GROUP BY GROUPING SETS ((m.team_id, e.course_key), (e.course_key))
)
SELECT f.team_id, f.is_org, i.course_id, coalesce(c.title, i.course_id) AS title, f.learners, f.hours
FROM followed f JOIN course_ids i USING (course_key) LEFT JOIN courses c USING (course_key)
QUALIFY row_number() OVER (PARTITION BY f.is_org, f.team_id ORDER BY f.learners DESC, f.hours DESC, i.course_id) <= 5
ORDER BY f.is_org, f.team_id, f.learners DESC, f.hours DESC, i.course_id;
