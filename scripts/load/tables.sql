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
  line         INTEGER NOT NULL
);
CREATE TABLE teams (
  team_id           VARCHAR NOT NULL,
  name              VARCHAR,
  supervisor_emails VARCHAR[] NOT NULL,  -- lower-case
  line              INTEGER NOT NULL
);
CREATE TABLE activity (
  email        VARCHAR NOT NULL,
  course_id    VARCHAR NOT NULL,
  date         DATE NOT NULL,
  minutes      DOUBLE NOT NULL,
  progress_pct DOUBLE,
  completed    BOOLEAN NOT NULL,
  certificate  BOOLEAN NOT NULL,
  line         BIGINT NOT NULL
);
CREATE TABLE courses (
  course_id      VARCHAR NOT NULL,
  title          VARCHAR NOT NULL,
  url            VARCHAR,
  domain         VARCHAR,
  duration_hours DOUBLE,
  level          VARCHAR,
  language       VARCHAR,
  line           INTEGER NOT NULL
);
-- Every problem found while loading and validating (also written to dist/data-quality.csv).
CREATE TABLE data_quality (
  file     VARCHAR NOT NULL,   -- e.g. data/exports/members.csv, or org.config.ts
  line     BIGINT,             -- NULL when the problem is not on one line
  severity VARCHAR NOT NULL,   -- error | warning
  code     VARCHAR NOT NULL,   -- stable name, e.g. duplicate-member
  message  VARCHAR NOT NULL,   -- what is wrong
  hint     VARCHAR NOT NULL    -- how to fix it
);
