/**
 * The canonical columns of each export, the other names real exports give them (French
 * Excel exports, platform variants), and the DuckDB type each is read as.
 * Booleans, roles, statuses and timestamps are read as text and mapped in SQL (macros.sql),
 * since their spellings vary more than DuckDB's casts accept.
 */
export type ExportName = 'members' | 'teams' | 'activity' | 'courses';
export const EXPORT_NAMES: ExportName[] = ['members', 'teams', 'activity', 'courses'];

export interface ColumnSpec {
  name: string;
  aliases: string[];
  type: 'VARCHAR' | 'DATE' | 'DOUBLE';
  required: boolean;
}

const col = (name: string, aliases: string[], type: ColumnSpec['type'] = 'VARCHAR', required = true): ColumnSpec => ({
  name,
  aliases,
  type,
  required,
});
const EMAIL = ['e-mail', 'adresse e-mail', 'adresse email', 'adresse mail', 'mail', 'courriel', 'email address'];

export const COLUMNS: Record<ExportName, ColumnSpec[]> = {
  members: [
    col('email', EMAIL),
    col('first_name', ['prénom', 'firstname', 'given name']),
    col('last_name', ['nom', 'nom de famille', 'lastname', 'surname', 'family name']),
    col('role', ['rôle']),
    col('team_id', ['équipe', 'team', 'team name', "nom de l'équipe"]),
    col('status', ['statut', 'état']),
    col('invited_at', ["date d'invitation", 'invitation date', 'invited on']),
    col('activated_at', ["date d'activation", 'activation date', 'activated on']),
    col('department', ['département', 'service'], 'VARCHAR', false),
    col('location', ['site', 'lieu', 'localisation'], 'VARCHAR', false),
    col('seniority', ['ancienneté'], 'VARCHAR', false),
    col('job_title', ['poste', 'fonction', 'intitulé de poste'], 'VARCHAR', false),
  ],
  teams: [
    col('team_id', ['équipe', 'id', 'identifiant', 'team']),
    col('name', ['nom', "nom de l'équipe", 'team name']),
    col('supervisor_emails', ['superviseurs', 'supervisors', 'e-mails des superviseurs'], 'VARCHAR', false),
  ],
  activity: [
    col('email', EMAIL),
    col('course_id', ['cours', 'course', 'id du cours']),
    col('date', ['jour', 'day'], 'DATE'),
    col('minutes', ['durée (min)', 'minutes apprises', 'time (min)'], 'DOUBLE'),
    col('progress_pct', ['progression (%)', 'progression', 'progress', 'progress (%)'], 'DOUBLE', false),
    col('completed', ['terminé', 'complété', 'completed']),
    col('certificate', ['certificat', 'certificat obtenu'], 'VARCHAR', false),
  ],
  courses: [
    col('course_id', ['cours', 'id', 'identifiant', 'course']),
    col('title', ['titre', 'intitulé', 'nom du cours']),
    col('url', ['lien', 'link', 'adresse'], 'VARCHAR', false),
    col('domain', ['domaine', 'thème', 'thematique'], 'VARCHAR', false),
    col('duration_hours', ['durée (h)', 'durée', 'duration', 'duration (h)', 'heures'], 'DOUBLE', false),
    col('level', ['niveau', 'difficulté'], 'VARCHAR', false),
    col('language', ['langue', 'lang'], 'VARCHAR', false),
  ],
};

/** Folds case, accents, apostrophes, underscores and spacing: `Date d’activation` = `date d'activation`. */
export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[_\s]+/g, ' ')
    .trim();
}

export interface HeaderMatch {
  /** Canonical name per file column, in file order (`null`: a column we do not use). */
  columns: (string | null)[];
  missing: string[];
  /** Canonical names given by two file columns. */
  duplicated: string[];
}

export function matchHeaders(exportName: ExportName, headers: string[]): HeaderMatch {
  const specs = COLUMNS[exportName];
  const lookup = new Map<string, string>();
  for (const spec of specs) for (const alias of [spec.name, ...spec.aliases]) lookup.set(foldHeader(alias), spec.name);
  const columns = headers.map((h) => lookup.get(foldHeader(h)) ?? null);
  const seen = new Set<string>();
  const duplicated: string[] = [];
  for (const c of columns) {
    if (c && seen.has(c)) duplicated.push(c);
    if (c) seen.add(c);
  }
  const missing = specs.filter((s) => s.required && !seen.has(s.name)).map((s) => s.name);
  return { columns, missing, duplicated };
}
