-- The days of the first and the last activity, and the activity rows in the period [$start, $stop):
-- a report period must hold some activity and not lie after the data.
SELECT
  strftime(min(date), '%Y-%m-%d') AS first,
  strftime(max(date), '%Y-%m-%d') AS last,
  count(*) FILTER (WHERE date >= $start::DATE AND date < $stop::DATE) AS rows_in_period
FROM activity;
