-- The day of the latest activity, to choose the default period.
SELECT strftime(max(date), '%Y-%m-%d') AS last FROM activity;
