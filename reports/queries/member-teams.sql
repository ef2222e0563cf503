-- Each member's team by key (activity.email_key), which the grouped queries join.
CREATE OR REPLACE TABLE member_teams AS SELECT DISTINCT email_key, team_id FROM members;
