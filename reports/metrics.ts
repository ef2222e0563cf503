/**
 * The programme's figures for a period, for the organisation and every team, computed by DuckDB in
 * one grouped query per family (`reports/queries/*.sql`, GROUP BY team with the organisation as a
 * second grouping set) and split here. One query per team would cost ~9 ms each: 20 s at 2,000 teams.
 *
 * Stable API: the reports and the comms kit's newsletter both read `computeMetrics`.
 * Rates are fractions (0.42 = 42 %) or `null` when their denominator is 0, never NaN.
 * Definitions: README "Metric definitions" and the comments of each `.sql` file.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { GoalConfig, Localized, OrgConfig } from '../scripts/config/schema.ts';
import { runConcurrently } from '../scripts/load/connections.ts';
import { textTable } from '../scripts/load/text-table.ts';
import { runQuery, type SqlRow } from './sql.ts';

/** One group's figures over one period. Counts are additive across teams (a member is in one team). */
export interface Figures {
  /** Members not removed, invited by the end of the period (or with no invitation date). */
  invited: number;
  /** Of those, status active or activated before the end of the period. */
  activated: number;
  activationRate: number | null;
  medianDaysToActivate: number | null;
  /** Learners with ≥ 1 minute of learning in the period. */
  activeLearners: number;
  hours: number;
  hoursPerActiveLearner: number | null;
  /** Hours learned from the first activity to the end of the period. */
  hoursToDate: number;
  /** (learner, course) pairs whose first activity falls in the period. */
  coursesStarted: number;
  /** (learner, course) pairs first marked completed in the period. */
  coursesCompleted: number;
  certificates: number;
  startedToDate: number;
  completedToDate: number;
  certificatesToDate: number;
  /** Share of the (learner, course) pairs started by the period's end that are completed by then. */
  completionRate: number | null;
  /** Learners who completed at least one course by the period's end (the funnel's last step). */
  learnersCompletedToDate: number;
  /** Members of teams with suggested courses (the uptake's denominator). */
  uptakeMembers: number;
  /** Of those, members who started a course suggested on their own team page by the period's end. */
  uptakeStarted: number;
  suggestedUptake: number | null;
}

export interface WeekFigures {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  activeLearners: number;
  hours: number;
}

export interface TopCourse {
  courseId: string;
  title: string;
  learners: number;
  hours: number;
}

export type GoalStatus = 'reached' | 'on-track' | 'behind';

export interface GoalResult {
  id: string;
  label: Localized;
  metric: GoalConfig['metric'];
  /** Value at the end of the period: a period figure for active learners, to date for the rest. */
  value: number;
  target: number;
  deadline: string;
  /** Where a linear pace from the launch date to the deadline puts the metric at the period's end. */
  expected: number;
  status: GoalStatus;
}

export interface GroupMetrics {
  /** The team id, or `null` for the organisation. */
  teamId: string | null;
  current: Figures;
  previous: Figures;
  /** The last 12 complete weeks ending on or before the period's last day, oldest first. */
  weekly: WeekFigures[];
  topCourses: TopCourse[];
  goals: GoalResult[];
}

export interface Metrics {
  period: string;
  previousPeriod: string;
  /** Seats bought (configuration). */
  licences: number;
  org: GroupMetrics;
  /** Every team of the configuration and of the teams export, in configuration order then by id. */
  teams: GroupMetrics[];
  /** Team names as the teams export spells them (the configuration's names come first). */
  exportNames: Record<string, string>;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `2026-11` → `2026-10`. */
export function shiftPeriod(period: string, months: number): string {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`period "${period}" is not YYYY-MM`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** First day of the period and first day after it, as YYYY-MM-DD. */
export function periodBounds(period: string): { start: string; stop: string } {
  return { start: `${period}-01`, stop: `${shiftPeriod(period, 1)}-01` };
}

/** Mondays of the last 12 complete weeks (Monday–Sunday) ending on or before the period's last day. */
export function periodWeeks(period: string): string[] {
  const stop = utc(periodBounds(period).stop);
  const weekday = (new Date(stop).getUTCDay() + 6) % 7; // Monday = 0
  const lastMonday = stop - weekday * DAY - 7 * DAY;
  return Array.from({ length: 12 }, (_, i) => isoDay(lastMonday - (11 - i) * 7 * DAY));
}

/**
 * The last complete month present in the activity data (never the wall clock). A month is complete
 * when the data reaches its last weekday: exports have no rows on days nobody learns, and weekends
 * are often empty. With no activity at all, `fallback` (e.g. the launch month) or an error.
 */
export async function defaultPeriod(db: DuckDBConnection, fallback?: string): Promise<string> {
  const [row] = await runQuery<{ last: string | null }>(db, 'last-activity');
  if (!row?.last) {
    if (fallback) return fallback;
    throw new Error('no activity in the data: give the period explicitly (--period YYYY-MM)');
  }
  const period = row.last.slice(0, 7);
  let day = utc(row.last) + DAY;
  const stop = utc(periodBounds(period).stop);
  for (; day < stop; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return shiftPeriod(period, -1);
  }
  return period;
}

function emptyFigures(): Figures {
  return {
    invited: 0,
    activated: 0,
    activationRate: null,
    medianDaysToActivate: null,
    activeLearners: 0,
    hours: 0,
    hoursPerActiveLearner: null,
    hoursToDate: 0,
    coursesStarted: 0,
    coursesCompleted: 0,
    certificates: 0,
    startedToDate: 0,
    completedToDate: 0,
    certificatesToDate: 0,
    completionRate: null,
    learnersCompletedToDate: 0,
    uptakeMembers: 0,
    uptakeStarted: 0,
    suggestedUptake: null,
  };
}

export const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

/** Derived rates, from the additive counts (also used to pool small teams into "other teams"). */
export function withRates(f: Figures): Figures {
  return {
    ...f,
    activationRate: ratio(f.activated, f.invited),
    hoursPerActiveLearner: ratio(f.hours, f.activeLearners),
    completionRate: ratio(f.completedToDate, f.startedToDate),
    suggestedUptake: ratio(f.uptakeStarted, f.uptakeMembers),
  };
}

/** Sum of the additive counts of several groups (median days to activate cannot be pooled: null). */
export function sumFigures(list: Figures[]): Figures {
  const total = emptyFigures();
  for (const f of list) {
    for (const key of Object.keys(total) as (keyof Figures)[]) {
      if (typeof f[key] === 'number' && !/Rate|PerActive|Uptake|median/.test(key)) (total[key] as number) += f[key];
    }
  }
  return withRates(total);
}

const ORG = '\u0000org';
type Grouped = SqlRow & { period?: string; team_id: string | null; is_org: boolean };

/** Settled by the query that makes a table; the queries reading that table wait for it. */
interface Signal {
  promise: Promise<void>;
  done: () => void;
  failed: (error: unknown) => void;
}

function signal(): Signal {
  let done = () => {};
  let failed: (error: unknown) => void = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  promise.catch(() => undefined); // the failure is passed on by the query that made the table
  return { promise, done, failed };
}

type Task<T> = (connection: DuckDBConnection) => Promise<T>;

const making =
  <T>(made: Signal, task: Task<T>): Task<T> =>
  async (c) => {
    try {
      const result = await task(c);
      made.done();
      return result;
    } catch (error) {
      made.failed(error);
      throw error;
    }
  };

const after =
  <T>(needs: Signal[], task: Task<T>): Task<T> =>
  async (c) => {
    await Promise.all(needs.map((s) => s.promise));
    return task(c);
  };

export async function computeMetrics(db: DuckDBConnection, config: OrgConfig, period: string): Promise<Metrics> {
  if (!isPeriod(period)) throw new Error(`period "${period}" is not YYYY-MM`);
  const { start } = periodBounds(period);
  const weeks = periodWeeks(period);
  const suggested = config.teams.flatMap((team) => team.suggestedCourses.map((courseId) => [team.id, courseId]));

  // Every query at once, each on its own connection (alone, some keep the two cores half busy).
  // Two tables are made once and read by several: each member's team, and the (learner, course)
  // pairs, made in the one pass over the activity; a query reading one starts when it is made.
  const teams = signal();
  const pairs = signal();
  const suggestions = signal();
  const [, , , licences, exportTeams, titles, weekly, learning, uptake, top] = await runConcurrently(db, [
    making(teams, (c) => runQuery(c, 'member-teams')),
    making(pairs, (c) => runQuery(c, 'enrolment', { start })),
    making(suggestions, (c) => textTable(c, 'team_suggestions', ['team_id', 'course_id'], suggested)),
    (c) => runQuery<Grouped>(c, 'licences', { start }),
    (c) => runQuery<{ team_id: string; name: string | null }>(c, 'team-ids'),
    (c) => runQuery<{ course_id: string; title: string }>(c, 'course-titles'),
    (c) => runQuery<Grouped>(c, 'weekly', { from: weeks[0]!, to: isoDay(utc(weeks[11]!) + 7 * DAY) }),
    after([teams, pairs], (c) => runQuery<Grouped>(c, 'learning', { start })),
    after([teams, pairs, suggestions], (c) => runQuery<Grouped>(c, 'uptake', { start })),
    after([teams, pairs], (c) => runQuery<Grouped>(c, 'top-courses')),
  ]);

  const teamIds = [...new Set([...config.teams.map((t) => t.id), ...exportTeams.map((r) => r.team_id)])];
  const key = (row: Grouped) => (row.is_org ? ORG : row.team_id);
  const figures = new Map<string, { current: Figures; previous: Figures }>();
  const figuresOf = (id: string) => {
    let entry = figures.get(id);
    if (!entry) figures.set(id, (entry = { current: emptyFigures(), previous: emptyFigures() }));
    return entry;
  };
  const fill = (rows: Grouped[], apply: (f: Figures, row: Grouped) => void) => {
    for (const row of rows) {
      const id = key(row);
      if (id === null) continue; // activity of e-mails in no team: counted in the organisation only
      apply(figuresOf(id)[row.period as 'current' | 'previous'], row);
    }
  };
  const n = (value: unknown) => (typeof value === 'number' ? value : 0);
  fill(licences, (f, r) => {
    f.invited = n(r.invited);
    f.activated = n(r.activated);
    f.medianDaysToActivate = typeof r.median_days_to_activate === 'number' ? r.median_days_to_activate : null;
  });
  fill(learning, (f, r) => {
    f.activeLearners = n(r.active_learners);
    f.hours = n(r.hours);
    f.hoursToDate = n(r.hours_to_date);
    f.coursesStarted = n(r.started);
    f.coursesCompleted = n(r.completed);
    f.certificates = n(r.certificates);
    f.startedToDate = n(r.started_to_date);
    f.completedToDate = n(r.completed_to_date);
    f.certificatesToDate = n(r.certificates_to_date);
    f.learnersCompletedToDate = n(r.learners_completed_to_date);
  });
  fill(uptake, (f, r) => {
    f.uptakeMembers = n(r.members);
    f.uptakeStarted = n(r.took_suggested);
  });

  // Weeks and top courses come as lists, one row per group.
  const weeklyOf = new Map<string, WeekFigures[]>();
  for (const row of weekly) {
    const id = key(row);
    if (id === null) continue;
    const figures = weeks.map((week) => ({ week, activeLearners: 0, hours: 0 }));
    const active = row.active_learners as number[];
    const hours = row.hours as number[];
    for (const [i, w] of (row.weeks as number[]).entries())
      figures[w] = { week: weeks[w]!, activeLearners: active[i]!, hours: hours[i]! };
    weeklyOf.set(id, figures);
  }
  const titleOf = new Map(titles.map((c) => [c.course_id, c.title]));
  const topOf = new Map<string, TopCourse[]>();
  for (const row of top) {
    const id = key(row);
    if (id === null) continue;
    const learners = row.learners as number[];
    const hours = row.hours as number[];
    topOf.set(
      id,
      (row.course_ids as string[]).map((courseId, i) => ({
        courseId,
        title: titleOf.get(courseId) ?? courseId,
        learners: learners[i]!,
        hours: hours[i]!,
      })),
    );
  }

  const group = (id: string): GroupMetrics => {
    const f = figuresOf(id);
    const current = withRates(f.current);
    const teamId = id === ORG ? null : id;
    return {
      teamId,
      current,
      previous: withRates(f.previous),
      weekly: weeklyOf.get(id) ?? weeks.map((week) => ({ week, activeLearners: 0, hours: 0 })),
      topCourses: topOf.get(id) ?? [],
      goals: config.goals
        .filter((g) => (g.scope === 'org' ? teamId === null : g.scope.team === teamId))
        .map((g) => goalResult(g, current, config.programme.launchDate, period)),
    };
  };
  return {
    period,
    previousPeriod: shiftPeriod(period, -1),
    licences: config.programme.licences,
    org: group(ORG),
    teams: teamIds.map(group),
    exportNames: Object.fromEntries(exportTeams.filter((r) => r.name).map((r) => [r.team_id, r.name!])),
  };
}

/** A goal's value from a group's figures at the end of the period. */
export function goalValue(metric: GoalConfig['metric'], f: Figures): number {
  switch (metric) {
    case 'activation_rate':
      return f.activationRate ?? 0;
    case 'active_learners':
      return f.activeLearners;
    case 'hours_learned':
      return f.hoursToDate;
    case 'courses_completed':
      return f.completedToDate;
    case 'certificates':
      return f.certificatesToDate;
    case 'suggested_uptake':
      return f.suggestedUptake ?? 0;
  }
}

const RATE_METRICS = new Set<GoalConfig['metric']>(['activation_rate', 'suggested_uptake']);

/**
 * On track when the value is at least where a straight line from 0 at launch to the target at the
 * deadline stands at the period's end. Rate targets are fractions; a target above 1 is read as %.
 */
export function goalResult(goal: GoalConfig, f: Figures, launchDate: string, period: string): GoalResult {
  const target = RATE_METRICS.has(goal.metric) && goal.target > 1 ? goal.target / 100 : goal.target;
  const value = goalValue(goal.metric, f);
  const launch = utc(launchDate);
  const span = utc(goal.deadline) - launch;
  const elapsed = utc(periodBounds(period).stop) - launch;
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, elapsed / span));
  const expected = target * share;
  const status: GoalStatus = value >= target ? 'reached' : value >= expected ? 'on-track' : 'behind';
  return {
    id: goal.id,
    label: goal.label,
    metric: goal.metric,
    value,
    target,
    deadline: goal.deadline,
    expected,
    status,
  };
}
