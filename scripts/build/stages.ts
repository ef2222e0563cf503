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
};

export const STAGE_NAMES = Object.keys(STAGES);
