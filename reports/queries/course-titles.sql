-- The catalogue's titles, by course id (a course missing from it is shown by its id).
SELECT course_id, title FROM courses;
