-- One row per member of a team (not removed), for the follow-up table of their own team's report:
-- last activity up to the period's end; hours, courses completed and certificates in the period.
WITH bounds AS (
  SELECT $start::DATE AS start, ($start::DATE + INTERVAL 1 MONTH)::DATE AS stop
),
learning AS (
  SELECT
    a.email_key,
    max(a.date) AS last_activity,
    coalesce(sum(a.minutes) FILTER (WHERE a.date >= b.start), 0) AS minutes
  FROM activity a, bounds b
  WHERE a.date < b.stop
  GROUP BY a.email_key
),
enrolment AS (
  SELECT
    email_key,
    min(date) FILTER (WHERE completed) AS completed_on,
    min(date) FILTER (WHERE certificate) AS certified_on
  FROM activity
  GROUP BY email_key, course_key
),
outcomes AS (
  SELECT
    e.email_key,
    count(*) FILTER (WHERE e.completed_on >= b.start AND e.completed_on < b.stop) AS courses_completed,
    count(*) FILTER (WHERE e.certified_on >= b.start AND e.certified_on < b.stop) AS certificates
  FROM enrolment e, bounds b
  GROUP BY e.email_key
)
SELECT
  m.team_id,
  m.email,
  m.first_name,
  m.last_name,
  m.role,
  m.status,
  strftime(l.last_activity, '%Y-%m-%d') AS last_activity,
  coalesce(l.minutes, 0) / 60 AS hours,
  coalesce(o.courses_completed, 0) AS courses_completed,
  coalesce(o.certificates, 0) AS certificates
FROM members m
  LEFT JOIN learning l USING (email_key)
  LEFT JOIN outcomes o USING (email_key)
WHERE m.status <> 'removed' AND m.team_id IS NOT NULL
ORDER BY m.team_id, m.last_name, m.first_name, m.email;
