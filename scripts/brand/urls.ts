/**
 * The public addresses of the site that other outputs point to (QR codes on flyers, links in
 * e-mails, the video's call to action). One definition, used by the site's routes and the kit.
 */
import type { Language, OrgConfig } from '../config/schema.ts';

/** The team section of the site has a name in each language: `/fr/equipes/…`, `/en/teams/…`. */
export const TEAMS_SEGMENT: Record<Language, string> = { fr: 'equipes', en: 'teams' };

/** Path of a team page below the site's root: `fr/equipes/ventes/`. */
export function teamPagePath(lang: Language, teamId: string): string {
  return `${lang}/${TEAMS_SEGMENT[lang]}/${teamId}/`;
}

/** Full public URL of a team page, from `programme.siteUrl` (which may hold a base path). */
export function teamPageUrl(config: Pick<OrgConfig, 'programme'>, lang: Language, teamId: string): string {
  const root = config.programme.siteUrl.endsWith('/') ? config.programme.siteUrl : `${config.programme.siteUrl}/`;
  return new URL(teamPagePath(lang, teamId), root).href;
}
