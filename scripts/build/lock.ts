/**
 * One build at a time per output folder. A build holds `<out>.lock` (proper-lockfile: an atomic
 * mkdir, its mtime kept fresh while the build runs) and writes its pid beside it in `<out>.lock.owner`.
 * A second build into the same folder stops at once with a clear message instead of deleting the
 * first one's temporary folder. A lock left by a build that was killed is stale: its owner's pid is
 * no longer running (or its mtime is older than STALE_MS), and the next build takes it over.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { CliError } from '../core/errors.ts';

const STALE_MS = 30_000;

interface Owner {
  pid: number;
  started: string;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

export interface OutputLock {
  /** Throws when the lock was lost while the build ran (its file removed or not kept fresh). */
  assertHeld(): void;
  release(): Promise<void>;
}

export async function lockOutput(outDir: string, shownOut: string): Promise<OutputLock> {
  const lockPath = `${outDir}.lock`;
  const ownerPath = `${lockPath}.owner`;
  await mkdir(dirname(outDir), { recursive: true });
  let compromised: Error | undefined;
  const take = () =>
    lockfile.lock(outDir, {
      realpath: false,
      lockfilePath: lockPath,
      stale: STALE_MS,
      onCompromised: (error) => {
        compromised = error;
      },
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    // The owner writes its pid just after taking the lock: give it a moment to appear.
    let owner = readOwner(ownerPath);
    for (let i = 0; !owner && i < 10; i++) {
      await new Promise((r) => setTimeout(r, 50));
      owner = readOwner(ownerPath);
    }
    if (owner && owner.pid !== process.pid && !running(owner.pid)) {
      // Left by a build that was killed: nobody holds it.
      await rm(lockPath, { recursive: true, force: true });
      release = await take();
    } else {
      const who = owner ? ` (pid ${owner.pid}, started ${owner.started})` : '';
      throw new CliError(`${shownOut} is being written by another launchkit build${who}`, {
        hint: `wait for it to finish, then run again; if no build is running, delete ${lockPath}.`,
      });
    }
  }
  await writeFile(ownerPath, `${JSON.stringify({ pid: process.pid, started: new Date().toISOString() })}\n`);
  return {
    assertHeld() {
      if (compromised) {
        throw new CliError(`the lock on ${shownOut} was lost while building (${compromised.message})`, {
          hint: 'another process removed or took over the lock; nothing was swapped in. Run the build again.',
        });
      }
    },
    async release() {
      if (readOwner(ownerPath)?.pid === process.pid) await rm(ownerPath, { force: true });
      await release().catch(() => {});
    },
  };
}
