// The sample organisation written clean and written the way French Excel writes CSV
// (`launchkit sample --messy`) must load to exactly the same tables.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import { generateSample } from '../../scripts/sample/generate.ts';
import { loadDir, tableRows } from '../helpers/fixture.ts';

describe('sample S, clean and --messy', async () => {
  const root = mkdtempSync(join(tmpdir(), 'launchkit-messy-'));
  await generateSample({ scale: 'S', seed: 7, out: join(root, 'clean'), log: memoryLogger() });
  await generateSample({ scale: 'S', seed: 7, out: join(root, 'messy'), messy: true, log: memoryLogger() });
  const clean = await loadDir(join(root, 'clean'));
  const messy = await loadDir(join(root, 'messy'));

  test('both load without a problem', () => {
    expect(clean.problems).toEqual([]);
    expect(messy.problems).toEqual([]);
  });

  test.each(['members', 'teams', 'activity', 'courses'])('the %s tables are identical', async (table) => {
    // Every row, line numbers included (the activity's keyed rows have none).
    const [a, b] = [await tableRows(clean.db, table), await tableRows(messy.db, table)];
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBe(a.length);
    expect(b).toEqual(a);
  });
});
