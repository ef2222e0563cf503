/**
 * What each report needs, as plain data (no DuckDB, no functions): built in the main thread from
 * the metrics and the roster, then sent to a render worker as is.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { t, type Language, type OrgConfig } from '../scripts/config/schema.ts';
import type { ChartColours, Marker } from './charts.ts';
import { label } from './i18n.ts';
import { periodBounds, sumFigures, type Figures, type GroupMetrics, type Metrics } from './metrics.ts';
import { runQuery } from './sql.ts';

export interface Brand {
  orgName: string;
  programmeName: string;
  colours: ChartColours & { background: string };
  lang: Language;
  period: string;
  previousPeriod: string;
}

export type MemberStatus = 'invited' | 'inactive' | 'active';

export interface MemberRow {
  email: string;
  name: string;
  role: string;
  status: MemberStatus;
  lastActivity: string | null;
  hours: number;
  coursesCompleted: number;
  certificates: number;
}

export interface TeamReportData {
  brand: Brand;
  team: { id: string; name: string };
  metrics: GroupMetrics;
  org: GroupMetrics;
  members: MemberRow[];
  markers: Marker[];
  suggestedCourses: number;
}

export interface ComparisonRow {
  /** Team id, or null for the pooled small teams. */
  id: string | null;
  name: string;
  members: number;
  figures: Figures;
}

export interface OrgReportData {
  brand: Brand;
  licences: number;
  metrics: GroupMetrics;
  comparison: ComparisonRow[];
  /** Teams pooled as "other teams" (fewer members than `privacy.minGroupSize`). */
  pooled: number;
  minGroupSize: number;
  markers: Marker[];
}

export interface AdminReportData {
  brand: Brand;
  pending: { team: string | null; role: string; pending: number; oldest: string | null }[];
  withoutTeam: { email: string; name: string; role: string; status: string; team: string | null }[];
  quality: { file: string; line: number | null; severity: string; code: string; message: string; hint: string }[];
}

export function brandOf(config: OrgConfig, metrics: Pick<Metrics, 'period' | 'previousPeriod'>, lang: Language): Brand {
  const { primary, secondary, accent, text, background } = config.organisation.colours;
  return {
    orgName: config.organisation.name,
    programmeName: t(config.programme.name, lang, config.organisation.defaultLanguage),
    colours: { primary, secondary, accent, text, background },
    lang,
    period: metrics.period,
    previousPeriod: metrics.previousPeriod,
  };
}

export function teamName(config: OrgConfig, id: string, exportName: string | null | undefined, lang: Language): string {
  const team = config.teams.find((candidate) => candidate.id === id);
  return team ? t(team.name, lang, config.organisation.defaultLanguage) : exportName || id;
}

export function markersOf(config: OrgConfig, lang: Language): Marker[] {
  return config.comms.sendDates.map((send) => ({
    date: send.date,
    label: send.label ? t(send.label, lang, config.organisation.defaultLanguage) : kindLabel(send.kind, lang),
  }));
}

function kindLabel(kind: string, lang: Language): string {
  const words: Record<string, [string, string]> = {
    'heads-up': ['Annonce', 'Heads-up'],
    launch: ['Lancement', 'Launch'],
    reminder: ['Relance', 'Reminder'],
    newsletter: ['Lettre', 'Newsletter'],
    kickoff: ['Kick-off', 'Kick-off'],
    review: ['Revue', 'Review'],
  };
  const pair = words[kind] ?? [kind, kind];
  return lang === 'fr' ? pair[0] : pair[1];
}

const STATUS_ORDER: Record<MemberStatus, number> = { invited: 0, inactive: 1, active: 2 };

/** Every team's member rows in one query, split by team; pending and inactive first. */
export async function rosterByTeam(db: DuckDBConnection, period: string): Promise<Map<string, MemberRow[]>> {
  const rows = await runQuery<Record<string, string | number | null>>(db, 'roster', {
    start: periodBounds(period).start,
  });
  const byTeam = new Map<string, MemberRow[]>();
  for (const row of rows) {
    const hours = Number(row.hours ?? 0);
    const status: MemberStatus = row.status === 'invited' ? 'invited' : hours * 60 >= 1 ? 'active' : 'inactive';
    const name = [row.first_name, row.last_name].filter(Boolean).join(' ') || String(row.email);
    const list = byTeam.get(row.team_id as string) ?? [];
    list.push({
      email: row.email as string,
      name,
      role: row.role as string,
      status,
      lastActivity: (row.last_activity as string | null) ?? null,
      hours,
      coursesCompleted: Number(row.courses_completed ?? 0),
      certificates: Number(row.certificates ?? 0),
    });
    byTeam.set(row.team_id as string, list);
  }
  // The query sorts by name; a stable sort keeps that order within each status.
  for (const list of byTeam.values()) list.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return byTeam;
}

/**
 * Teams in the comparison, by activation rate then active learners. Teams with fewer members than
 * `minGroupSize` are pooled as "other teams", shown only if the pool itself reaches that size.
 */
export function comparisonRows(
  metrics: Metrics,
  names: Map<string, string>,
  minGroupSize: number,
  lang: Language,
): { rows: ComparisonRow[]; pooled: number } {
  const shown: ComparisonRow[] = [];
  const small: Figures[] = [];
  for (const team of metrics.teams) {
    const members = team.current.invited;
    if (members < minGroupSize) small.push(team.current);
    else shown.push({ id: team.teamId, name: names.get(team.teamId!) ?? team.teamId!, members, figures: team.current });
  }
  shown.sort(
    (a, b) =>
      (b.figures.activationRate ?? -1) - (a.figures.activationRate ?? -1) ||
      b.figures.activeLearners - a.figures.activeLearners ||
      a.name.localeCompare(b.name),
  );
  const figures = sumFigures(small);
  // Pooled, the small teams must still make a group large enough to show.
  if (small.length > 0 && figures.invited >= minGroupSize) {
    shown.push({ id: null, name: label('otherTeams', lang), members: figures.invited, figures });
  }
  return { rows: shown, pooled: small.length };
}
