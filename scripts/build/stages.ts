/**
 * The stages of a build, in order. Each is loaded only when it runs, so `validate` or
 * `invitations` do not pay for the PDF, e-mail or site toolchains.
 */
import type { Stage } from './context.ts';

export interface StageEntry {
  summary: string;
  /** What the stage writes, relative to the output (default: a folder named after it). */
  outputs?: string[];
  /** Stages that run with it when it runs alone, because they write into its outputs. */
  with?: string[];
  load: () => Promise<Stage>;
}

export const STAGES: Record<string, StageEntry> = {
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
    // The video adds its files to the kit's manifest: a new manifest needs them again (an
    // unchanged teaser is copied from the previous build, not encoded).
    with: ['video'],
    load: async () => (await import('../kit/stage.ts')).kitStage,
  },
  // After the kit, into whose folder and manifest it writes.
  video: {
    summary:
      'the teaser video: MP4 per language in 1920×1080 and 1080×1920, posters, WebVTT subtitles (dist/kit/video/)',
    outputs: ['kit/video'],
    load: async () => (await import('../video/stage.ts')).videoStage,
  },
  // After the kit and the video: the site's kit page shows the kit's files.
  site: {
    summary: 'team pages: landing, one page per team, kit, FAQ (dist/site/)',
    load: async () => (await import('../site/stage.ts')).siteStage,
  },
};

export const STAGE_NAMES = Object.keys(STAGES);

/** The paths a stage writes, relative to the output folder. */
export const stageOutputs = (name: string): string[] => STAGES[name]?.outputs ?? [name];
