// Issue 13.1: two builds into one folder at once deleted each other's temporary folder and both
// reported success with a broken tree. Now one build holds the folder; the other stops, clearly.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runBuild } from '../../scripts/build/build.ts';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import { invitationsStage } from '../../scripts/invitations/stage.ts';
import { FIXTURES, tree } from '../helpers/fixture.ts';

const data = join(FIXTURES, 'tiny');
const build = (outDir: string) =>
  runBuild({ dataDir: data, outDir, options: { strict: false }, log: memoryLogger(), stages: [invitationsStage] });
const shas = (dir: string) => Object.fromEntries(Object.entries(tree(dir)).map(([path, f]) => [path, f.sha]));

test('two builds into one folder at once: one stops with a clear message, the other equals a single build', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'launchkit-lock-'));
  const out = join(parent, 'dist');
  const results = await Promise.allSettled([build(out), build(out)]);
  const failed = results.filter((r) => r.status === 'rejected');
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  expect(failed).toHaveLength(1);
  expect(String((failed[0] as PromiseRejectedResult).reason.message)).toMatch(
    /dist is being written by another launchkit build \(pid \d+, started /,
  );
  // Nothing lost: the same files and bytes as one build alone, and no lock or temporary folder left.
  const alone = join(mkdtempSync(join(tmpdir(), 'launchkit-lock-')), 'dist');
  await build(alone);
  expect(shas(out)).toEqual(shas(alone));
  expect(Object.keys(shas(out)).length).toBeGreaterThan(3);
  expect(readdirSync(parent)).toEqual(['dist']);
});

test('a lock left by a killed build (its pid no longer runs) is taken over', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'launchkit-lock-'));
  const out = join(parent, 'dist');
  // A pid that ran and has ended.
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  mkdirSync(`${out}.lock`);
  writeFileSync(`${out}.lock.owner`, JSON.stringify({ pid: Number(gone.stdout), started: '2026-12-01T10:00:00Z' }));
  await build(out);
  expect(readdirSync(join(out, 'invitations')).length).toBeGreaterThan(0);
  expect(readdirSync(parent)).toEqual(['dist']);
});

test('a lock held by a running process stops the build and changes nothing', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'launchkit-lock-'));
  const out = join(parent, 'dist');
  mkdirSync(`${out}.lock`);
  // The test runner's parent runs for as long as this test does.
  writeFileSync(`${out}.lock.owner`, JSON.stringify({ pid: process.ppid, started: '2026-12-02T10:00:00Z' }));
  await expect(build(out)).rejects.toThrow(/being written by another launchkit build \(pid \d+/);
  expect(readdirSync(parent).sort()).toEqual(['dist.lock', 'dist.lock.owner']);
});
