/**
 * `--shard i/n`: a deterministic slice of the teams, so a job runner can spread a very large
 * organisation over n machines. Team k (in the order of their ids) goes to shard (k mod n) + 1;
 * organisation-level outputs (org and admin reports, site, kit files not tied to a team,
 * invitations) are made by shard 1 only. `launchkit gather` puts the slices back together.
 */
import { CliError } from '../cli/errors.ts';

export interface Shard {
  index: number;
  count: number;
  /** Whether this shard renders the outputs of that team. */
  has(teamId: string): boolean;
  /** Whether this shard renders the organisation-level outputs. */
  orgLevel: boolean;
}

export function parseShard(text: string | undefined): { index: number; count: number } {
  if (text === undefined) return { index: 1, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new CliError(`--shard "${text}" is not a slice`, {
      exitCode: 2,
      hint: 'Write it as i/n with 1 ≤ i ≤ n, e.g. --shard 2/4.',
    });
  }
  return { index, count };
}

export function makeShard(spec: { index: number; count: number }, teamIds: string[]): Shard {
  const sorted = [...new Set(teamIds)].sort();
  const mine = new Set(sorted.filter((_, k) => k % spec.count === spec.index - 1));
  return { ...spec, has: (id) => spec.count === 1 || mine.has(id), orgLevel: spec.index === 1 };
}
