-- The canonical tables every stage reads, after loading and normalising the exports.
-- Column names are the canonical CSV headers; `line` is the line of the row in its export
-- (1 = header), kept so every later problem can name file and line.
CREATE TABLE members (
  email        VARCHAR NOT NULL,   -- trimmed, lower-case
  first_name   VARCHAR,
  last_name    VARCHAR,
  role         VARCHAR NOT NULL,   -- admin | manager | supervisor | member
  team_id      VARCHAR,            -- NULL: no team
  status       VARCHAR NOT NULL,   -- invited | active | removed
  invited_at   TIMESTAMP,          -- wall-clock time in the organisation's time zone
  activated_at TIMESTAMP,
  department   VARCHAR,
  location     VARCHAR,
  seniority    VARCHAR,
  job_title    VARCHAR,
  line         INTEGER NOT NULL,
  -- What the activity table keys a learner by (see below).
  email_key    UBIGINT GENERATED ALWAYS AS (hash(email)) VIRTUAL
);
CREATE TABLE teams (
  team_id           VARCHAR NOT NULL,
  name              VARCHAR,
  supervisor_emails VARCHAR[] NOT NULL,  -- lower-case
  line              INTEGER NOT NULL
);
-- The activity rows as read, with their lines: filled only when the export has a problem to
-- report (then every row goes through the raw path) and by tests. Metrics read `activity`.
CREATE TABLE activity_rows (
  email        VARCHAR NOT NULL,
  course_id    VARCHAR NOT NULL,
  date         DATE NOT NULL,
  minutes      DOUBLE NOT NULL,
  progress_pct DOUBLE,
  completed    BOOLEAN NOT NULL,
  certificate  BOOLEAN NOT NULL,
  line         BIGINT NOT NULL
);
-- One row per activity row, the learner and the course as keys: hash(e-mail), hash(course id),
-- the canonical texts, joined to members.email_key and courses.course_key. Storing and grouping
-- 10 M integers instead of 10 M strings is what keeps load and metrics near DuckDB's raw read.
-- (Two different e-mails with the same 64-bit key among an organisation's: ~1e-9 at 100,000.)
-- No NOT NULL here: the one-pass read checks the stored columns once after (normalize.ts), which
-- costs less than checking every row as it is stored.
CREATE TABLE activity (
  email_key    UBIGINT,
  course_key   UBIGINT,
  date         DATE,
  minutes      DOUBLE,
  completed    BOOLEAN,
  certificate  BOOLEAN
);
CREATE TABLE courses (
  course_id      VARCHAR NOT NULL,
  title          VARCHAR NOT NULL,
  url            VARCHAR,
  domain         VARCHAR,
  duration_hours DOUBLE,
  level          VARCHAR,
  language       VARCHAR,
  line           INTEGER NOT NULL,
  course_key     UBIGINT GENERATED ALWAYS AS (hash(course_id)) VIRTUAL
);
-- Every course id the activity names, the catalogue's and any other (a course missing from it).
CREATE VIEW course_ids AS
  SELECT course_key, course_id FROM courses
  UNION SELECT hash(course_id), course_id FROM activity_rows;
-- Every problem found while loading and validating (also written to dist/data-quality.csv).
CREATE TABLE data_quality (
  file     VARCHAR NOT NULL,   -- e.g. data/exports/members.csv, or org.config.ts
  line     BIGINT,             -- NULL when the problem is not on one line
  severity VARCHAR NOT NULL,   -- error | warning
  code     VARCHAR NOT NULL,   -- stable name, e.g. duplicate-member
  message  VARCHAR NOT NULL,   -- what is wrong
  hint     VARCHAR NOT NULL    -- how to fix it
);
