/**
 * `distribution.csv`: who receives which report, from the roles. Managers get the organisation
 * report and every team report; supervisors the reports of the teams they supervise; admins the
 * admin report; members nothing. One row per (recipient, file), sorted, so it diffs well.
 */
import type { Language } from '../scripts/config/schema.ts';
import { toCsv } from '../scripts/core/csv.ts';

export interface Recipient {
  role: string;
  email: string;
  team_id: string | null;
}
export interface DistributionRow {
  email: string;
  role: string;
  language: Language;
  file: string;
}

export function distributionRows(
  recipients: Recipient[],
  files: { org: string; admin: string; teams: Map<string, string> },
  language: Language,
): DistributionRow[] {
  const rows = new Map<string, DistributionRow>();
  const add = (email: string, role: string, file: string) => {
    const key = `${email}\u0000${file}`;
    if (!rows.has(key)) rows.set(key, { email, role, language, file });
  };
  for (const r of recipients) {
    if (r.role === 'manager') {
      add(r.email, r.role, files.org);
      for (const file of files.teams.values()) add(r.email, r.role, file);
    } else if (r.role === 'admin') {
      add(r.email, r.role, files.admin);
    } else if (r.role === 'supervisor' && r.team_id !== null) {
      const file = files.teams.get(r.team_id);
      if (file) add(r.email, r.role, file);
    }
  }
  return [...rows.values()].sort((a, b) => a.email.localeCompare(b.email, 'en') || a.file.localeCompare(b.file, 'en'));
}

export function distributionCsv(rows: DistributionRow[]): string {
  return toCsv(
    ['email', 'role', 'language', 'file'],
    rows.map((r) => [r.email, r.role, r.language, r.file]),
  );
}
