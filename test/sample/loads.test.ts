/**
 * The sample must load through the real loader with no error and no warning, and its messy
 * variant must give the very same canonical tables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { loadExports, openDatabase } from '../../scripts/load/index.ts';
import { generateSample } from '../../scripts/sample/generate.ts';

const root = mkdtempSync(join(tmpdir(), 'launchkit-sample-load-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const quiet = { info() {}, warn() {}, progress() {} };

async function load(dir: string) {
  const db = await openDatabase();
  const { problems, counts } = await loadExports(db, dir, await loadConfig(dir), quiet);
  const tables: Record<string, unknown> = {};
  for (const name of ['members', 'teams', 'activity', 'courses']) {
    tables[name] = (
      await db.runAndReadAll(`SELECT * ${name === 'activity' ? '' : 'EXCLUDE (line)'} FROM ${name} ORDER BY ALL`)
    ).getRowObjectsJson();
  }
  return { problems, counts, tables };
}

describe('the sample through the loader', () => {
  it('loads clean, and the messy variant loads to the same tables', async () => {
    await generateSample({ scale: 'S', seed: 3, out: join(root, 'clean') });
    await generateSample({ scale: 'S', seed: 3, out: join(root, 'messy'), messy: true });
    const clean = await load(join(root, 'clean'));
    const messy = await load(join(root, 'messy'));
    expect(clean.problems).toEqual([]);
    expect(messy.problems).toEqual([]);
    expect(clean.counts.members).toBe(300);
    expect(messy.counts).toEqual(clean.counts);
    for (const name of Object.keys(clean.tables)) expect(messy.tables[name], name).toEqual(clean.tables[name]);
  });
});
