-- The data-quality summary for admins: every problem found while loading, errors first.
SELECT file, line, severity, code, message, hint
FROM data_quality
ORDER BY severity = 'warning', file, line NULLS FIRST, code, message;
