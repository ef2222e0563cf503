-- Readers for the values whose spelling varies across exports (French Excel, platform
-- variants). Each returns NULL for what it cannot read, so the caller can report it.
CREATE OR REPLACE MACRO lk_fold(x) AS regexp_replace(strip_accents(lower(trim(x))), '\s+', ' ', 'g');

-- Each macro names its argument's folded form once: DuckDB hoists a repeated subexpression
-- and computes it for every row, even in a CASE branch that no row reaches (seconds at 10 M rows).
CREATE OR REPLACE MACRO lk_bool_folded(x) AS CASE lk_fold(coalesce(x, ''))
  WHEN '' THEN false
  WHEN 'true' THEN true WHEN '1' THEN true WHEN 'oui' THEN true WHEN 'yes' THEN true WHEN 'vrai' THEN true
  WHEN 'o' THEN true WHEN 'y' THEN true WHEN 't' THEN true WHEN 'x' THEN true
  WHEN 'false' THEN false WHEN '0' THEN false WHEN 'non' THEN false WHEN 'no' THEN false WHEN 'faux' THEN false
  WHEN 'n' THEN false WHEN 'f' THEN false
END;
-- The common spellings first, compared as they are.
CREATE OR REPLACE MACRO lk_bool(x) AS CASE
  WHEN x IN ('true', '1', 'oui') THEN true WHEN x IN ('false', '0', 'non') THEN false ELSE lk_bool_folded(x)
END;

CREATE OR REPLACE MACRO lk_role_folded(x) AS CASE lk_fold(x)
  WHEN 'admin' THEN 'admin' WHEN 'administrateur' THEN 'admin' WHEN 'administratrice' THEN 'admin' WHEN 'administrator' THEN 'admin'
  WHEN 'manager' THEN 'manager' WHEN 'responsable' THEN 'manager'
  WHEN 'supervisor' THEN 'supervisor' WHEN 'superviseur' THEN 'supervisor' WHEN 'superviseuse' THEN 'supervisor'
  WHEN 'superviseur de l''equipe' THEN 'supervisor' WHEN 'superviseur (de l''equipe)' THEN 'supervisor' WHEN 'team supervisor' THEN 'supervisor'
  WHEN 'member' THEN 'member' WHEN 'membre' THEN 'member' WHEN 'learner' THEN 'member' WHEN 'apprenant' THEN 'member' WHEN 'apprenante' THEN 'member'
END;
CREATE OR REPLACE MACRO lk_role(x) AS CASE WHEN x IN ('admin', 'manager', 'supervisor', 'member') THEN x ELSE lk_role_folded(x) END;

CREATE OR REPLACE MACRO lk_status_folded(x) AS CASE lk_fold(x)
  WHEN 'invited' THEN 'invited' WHEN 'invite' THEN 'invited' WHEN 'invitee' THEN 'invited' WHEN 'invite(e)' THEN 'invited'
  WHEN 'pending' THEN 'invited' WHEN 'en attente' THEN 'invited'
  WHEN 'active' THEN 'active' WHEN 'actif' THEN 'active' WHEN 'actif/active' THEN 'active' WHEN 'active/actif' THEN 'active'
  WHEN 'active' THEN 'active' WHEN 'activated' THEN 'active' WHEN 'active(e)' THEN 'active'
  WHEN 'removed' THEN 'removed' WHEN 'retire' THEN 'removed' WHEN 'retiree' THEN 'removed' WHEN 'retire(e)' THEN 'removed'
  WHEN 'supprime' THEN 'removed' WHEN 'supprimee' THEN 'removed' WHEN 'deleted' THEN 'removed'
END;
CREATE OR REPLACE MACRO lk_status(x) AS CASE WHEN x IN ('invited', 'active', 'removed') THEN x ELSE lk_status_folded(x) END;

-- ISO and French (dd/mm/yyyy) dates, with or without a time of day; the canonical form is tried
-- alone first (trying the whole list on every value costs a second at 100,000 members).
CREATE OR REPLACE MACRO lk_timestamp_any(x) AS try_strptime(trim(x), [
  '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M', '%Y-%m-%d',
  '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%d/%m/%Y'
]);
CREATE OR REPLACE MACRO lk_timestamp(x) AS CASE WHEN x IS NULL OR x = '' THEN NULL
  ELSE coalesce(try_strptime(x, '%Y-%m-%d %H:%M:%S'), try_strptime(x, '%d/%m/%Y %H:%M'), lk_timestamp_any(x)) END;

-- Blank: NULL, empty or spaces only. trim() is only called on a value that starts or ends with a
-- space: calling it on every value costs 0.1 s per 100,000 members (six text columns).
CREATE OR REPLACE MACRO lk_blank(x) AS x IS NULL OR x = '' OR (starts_with(x, ' ') AND trim(x) = '');
CREATE OR REPLACE MACRO lk_text(x) AS CASE WHEN x IS NULL OR x = '' THEN NULL
  WHEN starts_with(x, ' ') OR ends_with(x, ' ') THEN nullif(trim(x), '') ELSE x END;
-- Trimmed only when it must be: trimming every value costs seconds at 10 M rows.
CREATE OR REPLACE MACRO lk_email(x) AS lower(CASE WHEN starts_with(x, ' ') OR ends_with(x, ' ') THEN trim(x) ELSE x END);
-- A number as a person writes it in a message: 90, 12.5 (not 90.0).
CREATE OR REPLACE MACRO lk_number(x) AS regexp_replace(x::VARCHAR, '\.0$', '');
