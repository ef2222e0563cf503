/**
 * The newsletter's figures for a period, from the reports' metrics (`computeMetrics`), cut
 * down to aggregates a whole company may read: no group below `privacy.minGroupSize`.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { OrgConfig } from '../config/schema.ts';
import type { Metrics } from '../../reports/metrics.ts';
import type { NewsletterData } from '../../templates/emails/newsletter.ts';
import { WORDS } from '../../templates/copy.ts';
import { calendarDays } from './calendar.ts';

const TOP = 5;

export interface CourseInfo {
  course_id: string;
  title: string;
  url: string | null;
}

export async function courseCatalogue(db: DuckDBConnection): Promise<CourseInfo[]> {
  const reader = await db.runAndReadAll(
    'SELECT course_id, any_value(title) AS title, any_value(url) AS url FROM courses GROUP BY course_id ORDER BY course_id',
  );
  return reader.getRowObjectsJS() as unknown as CourseInfo[];
}

export function newsletterData(config: OrgConfig, metrics: Metrics, catalogue: CourseInfo[]): NewsletterData {
  const min = config.privacy.minGroupSize;
  const org = metrics.org.current;
  const byId = new Map(catalogue.map((c) => [c.course_id, c]));
  const link = (url: string | null | undefined) => (url && /^https?:\/\//.test(url) ? url : undefined);
  const suggestedIds = [...new Set(config.teams.flatMap((team) => team.suggestedCourses))];
  const teamNames = new Map(config.teams.map((team) => [team.id, team.name]));
  const periodEnd = `${metrics.period}-31`;
  return {
    period: metrics.period,
    hours: org.hours,
    certificates: org.certificates,
    activeLearners: org.activeLearners,
    activationRate: org.activationRate,
    topCourses: metrics.org.topCourses
      .filter((c) => c.learners >= min)
      .slice(0, TOP)
      .map((c) => ({ title: c.title, learners: c.learners, url: link(byId.get(c.courseId)?.url) })),
    suggested: suggestedIds
      .filter((id) => byId.has(id))
      .slice(0, TOP)
      .map((id) => ({ title: byId.get(id)!.title, url: link(byId.get(id)!.url) })),
    teams: metrics.teams
      .filter((team) => team.teamId !== null && team.current.invited >= min && team.current.activationRate !== null)
      .map((team) => ({
        name: teamNames.get(team.teamId!) ?? { fr: team.teamId!, en: team.teamId! },
        activationRate: team.current.activationRate!,
      }))
      .sort((a, b) => b.activationRate - a.activationRate || (a.name.fr ?? '').localeCompare(b.name.fr ?? '')),
    nextDates: calendarDays(config)
      .filter((d) => d.date > periodEnd)
      .slice(0, 3)
      .map((d) => ({
        date: d.date,
        label: { fr: d.label?.fr ?? WORDS.fr.sendKinds[d.kind], en: d.label?.en ?? WORDS.en.sendKinds[d.kind] },
      })),
  };
}
