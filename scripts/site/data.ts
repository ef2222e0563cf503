/**
 * Everything the site shows, prepared once: the config's copy resolved per language, team
 * messages rendered to safe HTML, and from DuckDB only aggregates and the catalogue (team
 * sizes, suggested courses, supervisors' display names). The pages receive this object and
 * nothing else, so no e-mail address can reach them by mistake.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { listValue } from '@duckdb/node-api';
import { t, type Language, type OrgConfig } from '../config/schema.ts';
import { faqFor } from './faq.ts';
import type { KitGroup } from './kit.ts';
import { renderMarkdown } from './markdown.ts';
import { themeCss } from './theme.ts';

/** One value per configured language. */
export type PerLang<T> = Partial<Record<Language, T>>;

export interface SiteCourse {
  id: string;
  title: string;
  /** Link to the course on the platform (the platform's home when the catalogue has none). */
  url: string;
  domain: string | null;
  durationHours: number | null;
  level: string | null;
  language: string | null;
}

export interface SiteTeam {
  id: string;
  name: PerLang<string>;
  criteria: Partial<Record<'department' | 'location' | 'seniority' | 'domain' | 'project', string>>;
  /** Sanitised HTML of the team's Markdown message. */
  message: PerLang<string>;
  /** Members of the team who are not removed. */
  size: number;
  /** Display names of the supervisors ("Camille Martin"); empty unless `privacy.showSupervisors`. */
  supervisors: string[];
  courses: SiteCourse[];
}

export interface SiteData {
  /** Path the site is published under, from `programme.siteUrl` (`/`, or e.g. `/formation/`). */
  base: string;
  languages: Language[];
  defaultLanguage: Language;
  organisation: { name: string /** Path under the site root. */; logo?: string };
  /** `:root{…}` with the brand's colours and fonts as CSS variables. */
  themeCss: string;
  programme: {
    name: PerLang<string>;
    tagline: PerLang<string>;
    /** Sanitised HTML. */
    why: PerLang<string>;
    benefits: PerLang<string[]>;
    platformName: string;
    platformUrl: string;
    activationUrl: string;
    siteUrl: string;
    launchDate: string;
    contactName: string;
  };
  faq: PerLang<Array<{ question: string; answer: string }>>;
  teams: SiteTeam[];
  kit: KitGroup[];
}

async function rows(db: DuckDBConnection, sql: string, values: Parameters<DuckDBConnection['runAndReadAll']>[1] = []) {
  return (await db.runAndReadAll(sql, values)).getRowObjectsJS();
}

/** Non-removed members per team, in one grouped query. */
async function teamSizes(db: DuckDBConnection): Promise<Map<string, number>> {
  const result = await rows(
    db,
    `SELECT team_id, count(*) AS size FROM members WHERE status <> 'removed' AND team_id IS NOT NULL GROUP BY team_id`,
  );
  return new Map(result.map((r) => [String(r.team_id), Number(r.size)]));
}

async function catalogue(db: DuckDBConnection, ids: string[], platformUrl: string): Promise<Map<string, SiteCourse>> {
  if (ids.length === 0) return new Map();
  const result = await rows(
    db,
    `SELECT course_id, title, url, domain, duration_hours, level, language FROM courses
     WHERE course_id IN (SELECT unnest($1::VARCHAR[])) ORDER BY course_id, line`,
    [listValue(ids)],
  );
  const courses = new Map<string, SiteCourse>();
  for (const r of result) {
    const id = String(r.course_id);
    if (courses.has(id)) continue;
    const url = typeof r.url === 'string' && /^https?:\/\//i.test(r.url) ? r.url : platformUrl;
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    courses.set(id, {
      id,
      title: String(r.title),
      url,
      domain: text(r.domain),
      durationHours:
        typeof r.duration_hours === 'number' && Number.isFinite(r.duration_hours) ? r.duration_hours : null,
      level: text(r.level),
      language: text(r.language),
    });
  }
  return courses;
}

/** Supervisors' display names by e-mail; the e-mails stay in this function. */
async function supervisorNames(db: DuckDBConnection, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const result = await rows(
    db,
    `SELECT lower(email) AS email, first_name, last_name FROM members
     WHERE status <> 'removed' AND lower(email) IN (SELECT unnest($1::VARCHAR[])) ORDER BY line`,
    [listValue(emails)],
  );
  const names = new Map<string, string>();
  for (const r of result) {
    const name = [r.first_name, r.last_name]
      .filter((p) => typeof p === 'string' && p.trim())
      .map((p) => String(p).trim())
      .join(' ');
    if (name && !names.has(String(r.email))) names.set(String(r.email), name);
  }
  return names;
}

const EMAIL_LIKE = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

/**
 * Members' e-mail addresses found in the site's data: the config's free text (a team message,
 * an FAQ answer) is the only way one could get there, and the public site must never show one.
 */
export async function memberEmailsIn(db: DuckDBConnection, data: SiteData): Promise<string[]> {
  const candidates = [...new Set((JSON.stringify(data).match(EMAIL_LIKE) ?? []).map((e) => e.toLowerCase()))].sort();
  if (candidates.length === 0) return [];
  const found = await rows(
    db,
    `SELECT DISTINCT lower(email) AS email FROM members WHERE lower(email) IN (SELECT unnest($1::VARCHAR[])) ORDER BY 1`,
    [listValue(candidates)],
  );
  return found.map((r) => String(r.email));
}

/** The path part of the site's public URL, ending with `/`. */
export function sitePath(siteUrl: string): string {
  const path = new URL(siteUrl).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

export interface SiteDataResult {
  data: SiteData;
  /** Suggested course ids the catalogue does not hold, with the teams suggesting them. */
  unknownCourses: Map<string, string[]>;
}

export async function buildSiteData(
  config: OrgConfig,
  db: DuckDBConnection,
  extra: { logo?: string; kit: KitGroup[] },
): Promise<SiteDataResult> {
  const langs = config.organisation.languages;
  const fallback = config.organisation.defaultLanguage;
  const perLang = <T>(fn: (lang: Language) => T): PerLang<T> => Object.fromEntries(langs.map((l) => [l, fn(l)]));
  const text = (value: Parameters<typeof t>[0]) => perLang((l) => t(value, l, fallback));

  const courseIds = [...new Set(config.teams.flatMap((team) => team.suggestedCourses))].sort();
  const showSupervisors = config.privacy.showSupervisors;
  const supervisorEmails = showSupervisors ? [...new Set(config.teams.flatMap((team) => team.supervisors))].sort() : [];
  const [sizes, courses, names] = [
    await teamSizes(db),
    await catalogue(db, courseIds, config.programme.platformUrl),
    await supervisorNames(db, supervisorEmails),
  ];

  const unknownCourses = new Map<string, string[]>();
  const teams: SiteTeam[] = config.teams.map((team) => {
    const suggested: SiteCourse[] = [];
    for (const id of team.suggestedCourses) {
      const course = courses.get(id);
      if (course) suggested.push(course);
      else unknownCourses.set(id, [...(unknownCourses.get(id) ?? []), team.id]);
    }
    return {
      id: team.id,
      name: text(team.name),
      criteria: Object.fromEntries(Object.entries(team.criteria).filter(([, v]) => typeof v === 'string' && v.trim())),
      message: perLang((l) => renderMarkdown(t(team.message, l, fallback))),
      size: sizes.get(team.id) ?? 0,
      supervisors: showSupervisors
        ? team.supervisors.map((e) => names.get(e)).filter((n): n is string => Boolean(n))
        : [],
      courses: suggested,
    };
  });

  const { programme, comms } = config;
  const data: SiteData = {
    base: sitePath(programme.siteUrl),
    languages: [...langs],
    defaultLanguage: fallback,
    organisation: { name: config.organisation.name, logo: extra.logo },
    themeCss: themeCss(config.organisation.colours, config.organisation.fonts),
    programme: {
      name: text(programme.name),
      tagline: text(comms.tagline),
      why: perLang((l) => renderMarkdown(t(comms.why, l, fallback))),
      benefits: perLang((l) => comms.benefits.map((b) => t(b, l, fallback))),
      platformName: programme.platformName,
      platformUrl: programme.platformUrl,
      activationUrl: programme.activationUrl,
      siteUrl: programme.siteUrl,
      launchDate: programme.launchDate,
      contactName: programme.contact.name,
    },
    faq: perLang((l) => faqFor(config, l).map((q) => ({ question: q.question, answer: renderMarkdown(q.answer) }))),
    teams,
    kit: extra.kit,
  };
  return { data, unknownCourses };
}
