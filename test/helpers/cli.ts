/** Runs the real `launchkit` CLI in a child process, as a user would. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

const command = (args: string[]) => ['--import', 'tsx', join(ROOT, 'scripts/cli/launchkit.ts'), ...args];
const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };

export function launchkit(args: string[], options: { cwd?: string; node?: string } = {}) {
  const result = spawnSync(options.node ?? process.execPath, command(args), {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** The CLI started without waiting for it (to kill it halfway). */
export function startLaunchkit(args: string[]): ChildProcess {
  return spawn(process.execPath, command(args), { cwd: ROOT, env, stdio: 'ignore' });
}
