-- The five courses followed by the most learners in the period, by team and for the organisation.
-- A course is followed by a learner with at least one activity row on it in the period (the
-- `enrolment` table, enrolment.sql, made once for the period). Ties go to the most hours, then to
-- the first course id; `max_by(…, 5)` keeps each group's five in that order (a window ranking every
-- (team, course) pair took three times as long at scale L).
-- One row per group, its courses as lists (id, learners, hours); titles are looked up by the
-- caller in the catalogue (course-titles.sql), not sent with every row.
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
),
ids AS (
  SELECT course_key, course_id, row_number() OVER (ORDER BY course_id) AS id_order FROM course_ids
),
top AS (
  SELECT f.team_id, f.is_org,
    max_by({'course_id': i.course_id, 'learners': f.learners::INTEGER, 'hours': f.hours}, (f.learners, f.hours, -i.id_order), 5) AS courses
  FROM followed f JOIN ids i USING (course_key)
  GROUP BY ALL
)
SELECT
  team_id,
  is_org,
  list_transform(courses, c -> c.course_id) AS course_ids,
  list_transform(courses, c -> c.learners) AS learners,
  list_transform(courses, c -> c.hours) AS hours
FROM top;
