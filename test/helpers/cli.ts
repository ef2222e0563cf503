/** Runs the real `launchkit` CLI in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export function launchkit(args: string[], options: { cwd?: string; node?: string } = {}) {
  const result = spawnSync(options.node ?? process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/cli/launchkit.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}
