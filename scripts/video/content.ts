/**
 * The teaser's content from the build: the config's copy, the logo, and the titles of the
 * courses the teams suggest (from the catalogue; the video never reads a member's rows).
 */
import type { BuildContext } from '../build/context.ts';
import type { Language } from '../config/schema.ts';
import { loadLogo } from '../kit/logo.ts';
import { teaserContent, type SuggestedCourse, type TeaserContent } from '../../templates/video/content.ts';

/** Suggested course ids in the order teams list them, with how many teams suggest each. */
export async function suggestedCourses(ctx: Pick<BuildContext, 'config' | 'db'>): Promise<SuggestedCourse[]> {
  const teams = new Map<string, number>();
  for (const team of ctx.config.teams)
    for (const id of new Set(team.suggestedCourses)) teams.set(id, (teams.get(id) ?? 0) + 1);
  if (teams.size === 0) return [];
  const reader = await ctx.db.runAndReadAll(
    'SELECT course_id, any_value(title) AS title, any_value(language) AS language FROM courses GROUP BY course_id',
  );
  const catalogue = new Map(
    (reader.getRowObjectsJS() as { course_id: string; title: string; language: string | null }[]).map((c) => [
      c.course_id,
      c,
    ]),
  );
  return [...teams]
    .filter(([id]) => catalogue.has(id))
    .map(([id, count]) => ({ title: catalogue.get(id)!.title, language: catalogue.get(id)!.language, teams: count }));
}

export async function loadTeaserContents(
  ctx: Pick<BuildContext, 'config' | 'db' | 'dataDir'>,
): Promise<TeaserContent[]> {
  const courses = await suggestedCourses(ctx);
  const logo = await loadLogo(ctx.config, ctx.dataDir);
  return ctx.config.organisation.languages.map((lang: Language) => teaserContent(ctx.config, lang, courses, logo));
}
