/**
 * The stages of a build, in order. Each is loaded only when it runs, so `validate` or
 * `invitations` do not pay for the PDF, e-mail or site toolchains.
 */
import type { Stage } from './context.ts';

export const STAGES: Record<string, { summary: string; load: () => Promise<Stage> }> = {
  invitations: {
    summary: 'paste-ready invitation batches per team and role (dist/invitations/)',
    load: async () => (await import('../invitations/stage.ts')).invitationsStage,
  },
  reports: {
    summary: 'organisation, team and admin PDF reports and their distribution list (dist/reports/<period>/)',
    load: async () => (await import('../../reports/stage.ts')).reportsStage,
  },
  kit: {
    summary: 'the comms kit: e-mails, print, banners, calendar (dist/kit/)',
    load: async () => (await import('../kit/stage.ts')).kitStage,
  },
  // After the kit: the site's kit page shows the kit's files.
  site: {
    summary: 'team pages: landing, one page per team, kit, FAQ (dist/site/)',
    load: async () => (await import('../site/stage.ts')).siteStage,
  },
};

export const STAGE_NAMES = Object.keys(STAGES);
