/**
 * What the teaser shows, in one language: the organisation's words from the config, the kit's
 * own words, and course titles (catalogue data, never a member's). Plain text: the frames and
 * the subtitles escape it where they write markup.
 */
import type { Language, OrgConfig } from '../../scripts/config/schema.ts';
import { t } from '../../scripts/config/schema.ts';
import { WORDS } from '../copy.ts';

export const MAX_BENEFITS = 3;
export const MAX_COURSES = 4;

export interface TeaserLogo {
  png: Buffer;
  /** width / height */
  aspect: number;
}

export interface TeaserContent {
  lang: Language;
  org: string;
  programme: string;
  tagline: string;
  benefitsTitle: string;
  benefits: string[];
  coursesTitle: string;
  courses: string[];
  cta: string;
  scan: string;
  activationUrl: string;
  colours: OrgConfig['organisation']['colours'];
  logo?: TeaserLogo;
}

const COURSES_TITLE: Record<Language, string> = { fr: 'Suggérés par vos équipes', en: 'Suggested by your teams' };

/** A suggested course: its title, its language, and how many teams suggest it. */
export interface SuggestedCourse {
  title: string;
  language: string | null;
  teams: number;
}

/**
 * The courses the teaser shows: those in the video's language first, then the ones most teams
 * suggest (the input order breaks ties, so the choice is stable).
 */
export function pickCourses(courses: SuggestedCourse[], lang: Language, max = MAX_COURSES): string[] {
  const speaks = (c: SuggestedCourse) => (c.language === null || c.language.toLowerCase().startsWith(lang) ? 0 : 1);
  return courses
    .map((c, i) => ({ c, i }))
    .sort((a, b) => speaks(a.c) - speaks(b.c) || b.c.teams - a.c.teams || a.i - b.i)
    .slice(0, max)
    .map(({ c }) => c.title);
}

export function teaserContent(
  config: OrgConfig,
  lang: Language,
  courses: SuggestedCourse[],
  logo?: TeaserLogo,
): TeaserContent {
  const w = WORDS[lang];
  return {
    lang,
    org: config.organisation.name,
    programme: t(config.programme.name, lang),
    tagline: t(config.comms.tagline, lang),
    benefitsTitle: w.launch.benefitsTitle,
    benefits: config.comms.benefits.slice(0, MAX_BENEFITS).map((b) => t(b, lang)),
    coursesTitle: COURSES_TITLE[lang],
    courses: pickCourses(courses, lang),
    cta: w.launch.cta,
    scan: w.scanToJoin,
    activationUrl: config.programme.activationUrl,
    colours: config.organisation.colours,
    logo,
  };
}

/** The activation URL as a person reads it: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
