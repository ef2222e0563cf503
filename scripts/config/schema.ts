/**
 * The one typed configuration of an organisation (`data/org.config.ts`).
 * Every stage reads it; types are inferred from this schema, never written twice.
 */
import { z } from 'zod';

export const LANGUAGES = ['fr', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** A text in each configured language; which ones are required is checked against `organisation.languages`. */
export const Localized = z.object({ fr: z.string().min(1).optional(), en: z.string().min(1).optional() }).strict();
export type Localized = z.infer<typeof Localized>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb');
const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes (e.g. "sales-lyon")');
const email = z.email().transform((e) => e.trim().toLowerCase());

export const GOAL_METRICS = [
  'activation_rate',
  'active_learners',
  'hours_learned',
  'courses_completed',
  'certificates',
  'suggested_uptake',
] as const;

const Organisation = z
  .object({
    name: z.string().min(1),
    /** Path of the logo (SVG or PNG), relative to the data folder. */
    logo: z
      .string()
      .min(1)
      .refine((p) => !/^([/\\]|[A-Za-z]:)/.test(p) && !p.split(/[/\\]/).includes('..'), {
        error: 'must be a path inside the data folder, relative to it (no "..", not absolute)',
      })
      .optional(),
    colours: z
      .object({
        primary: colour.default('#1f4e79'),
        secondary: colour.default('#f2a900'),
        accent: colour.default('#2e8b57'),
        text: colour.default('#1a1a1a'),
        background: colour.default('#ffffff'),
      })
      .strict()
      .prefault({}),
    fonts: z
      .object({ heading: z.string().default('Inter'), body: z.string().default('Inter') })
      .strict()
      .prefault({}),
    timeZone: z.string().default('Europe/Paris'),
    languages: z.array(Language).min(1).default(['fr', 'en']),
    defaultLanguage: Language.default('fr'),
  })
  .strict();

/**
 * A web address people are sent to: https only. A `javascript:` or `data:` URL would become a live link
 * on the site and in every e-mail; plain http is refused too (links in company mail must not downgrade).
 */
const HttpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// address (https://…)' });

const Programme = z
  .object({
    name: Localized,
    platformName: z.string().default('OpenClassrooms'),
    platformUrl: HttpsUrl,
    activationUrl: HttpsUrl,
    /** Public address where `dist/site` is published; team page links and QR codes point there. */
    siteUrl: HttpsUrl,
    launchDate: isoDate,
    kickoffDate: isoDate.optional(),
    licences: z.number().int().positive(),
    sender: z.object({ name: z.string().min(1), email }).strict(),
    contact: z.object({ name: z.string().min(1), email }).strict(),
  })
  .strict();

const Team = z
  .object({
    id: slug,
    name: Localized,
    criteria: z
      .object({
        department: z.string().optional(),
        location: z.string().optional(),
        seniority: z.string().optional(),
        domain: z.string().optional(),
        project: z.string().optional(),
      })
      .strict()
      .refine(
        (c) => Object.values(c).some(Boolean),
        'give at least one criterion (department, location, seniority, domain or project)',
      ),
    /** Markdown shown on the team's home page. */
    message: Localized,
    suggestedCourses: z.array(z.string().min(1)).default([]),
    supervisors: z.array(email).default([]),
  })
  .strict();

const SendDate = z
  .object({
    date: isoDate,
    kind: z.enum(['heads-up', 'launch', 'reminder', 'newsletter', 'kickoff', 'review']),
    label: Localized.optional(),
  })
  .strict();

const Comms = z
  .object({
    tagline: Localized,
    why: Localized,
    benefits: z.array(Localized).min(1).max(6),
    sendDates: z.array(SendDate).default([]),
    faq: z.array(z.object({ question: Localized, answer: Localized }).strict()).default([]),
    /** Day of the month of the monthly KPI review. */
    reviewDay: z.number().int().min(1).max(28).default(5),
  })
  .strict();

const Goal = z
  .object({
    id: slug,
    label: Localized,
    metric: z.enum(GOAL_METRICS),
    target: z.number().nonnegative(),
    deadline: isoDate,
    scope: z.union([z.literal('org'), z.object({ team: slug }).strict()]).default('org'),
  })
  .strict();

const Privacy = z
  .object({
    minGroupSize: z.number().int().min(1).default(5),
    showSupervisors: z.boolean().default(true),
  })
  .strict();

export const OrgConfigSchema = z
  .object({
    organisation: Organisation,
    programme: Programme,
    teams: z.array(Team).default([]),
    comms: Comms,
    goals: z.array(Goal).default([]),
    privacy: Privacy.prefault({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    const langs = config.organisation.languages;
    if (!langs.includes(config.organisation.defaultLanguage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation', 'defaultLanguage'],
        message: `must be one of organisation.languages (${langs.join(', ')})`,
      });
    }
    // Every Localized text must exist in every configured language.
    const walk = (value: unknown, path: PropertyKey[]) => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, [...path, i]);
        return;
      }
      if (!value || typeof value !== 'object') return;
      const keys = Object.keys(value);
      const localized = keys.length > 0 && keys.every((k) => (LANGUAGES as readonly string[]).includes(k));
      if (localized) {
        for (const lang of langs) {
          if (!(value as Record<string, unknown>)[lang])
            ctx.addIssue({ code: 'custom', path: [...path, lang], message: `missing the ${lang} text` });
        }
        return;
      }
      for (const k of keys) walk((value as Record<string, unknown>)[k], [...path, k]);
    };
    walk(config, []);
    const ids = new Set<string>();
    config.teams.forEach((team, i) => {
      if (ids.has(team.id))
        ctx.addIssue({ code: 'custom', path: ['teams', i, 'id'], message: `team id "${team.id}" is used twice` });
      ids.add(team.id);
    });
    config.goals.forEach((goal, i) => {
      if (typeof goal.scope === 'object' && !ids.has(goal.scope.team)) {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', i, 'scope', 'team'],
          message: `no team "${goal.scope.team}" in teams`,
        });
      }
    });
  });

/** What the user writes (defaults optional). */
export type OrgConfigInput = z.input<typeof OrgConfigSchema>;
/** What every stage reads (defaults filled). */
export type OrgConfig = z.output<typeof OrgConfigSchema>;
export type TeamConfig = OrgConfig['teams'][number];
export type GoalConfig = OrgConfig['goals'][number];

/** Identity at run time; gives `data/org.config.ts` its types and completion. */
export function defineConfig(config: OrgConfigInput): OrgConfigInput {
  return config;
}

/** Text of a Localized value in a language, falling back to the default language. */
export function t(text: Localized, lang: Language, fallback: Language = 'fr'): string {
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
