// The activity export is read in one pass straight into its table when every value reads;
// otherwise through the raw path that reports each problem. Both must give the same rows and
// the same line numbers: regression test for the line numbering of the one-pass read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { copyFixture, loadDir, rows } from '../helpers/fixture.ts';

/** A copy of the sample whose last activity row has `value` as its certificate. */
function lastCertificate(value: string): { dir: string; lines: string[] } {
  const dir = copyFixture('../../data');
  const file = join(dir, 'exports/activity.csv');
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  lines[lines.length - 1] = lines[lines.length - 1].replace(/,(true|false)$/, `,${value}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { dir, lines };
}

test('the one-pass and the raw read of the sample activity give the same rows and lines', async () => {
  const fast = await loadDir(join(import.meta.dirname, '../../data'));
  expect(fast.problems).toEqual([]);

  // One unreadable value on the last line sends the file through the raw path.
  const { dir, lines } = lastCertificate('maybe');
  const raw = await loadDir(dir);
  expect(raw.problems.map((p) => [p.code, p.line])).toEqual([['unreadable-value', lines.length]]);

  const sql = `SELECT * FROM activity WHERE line < ${lines.length} ORDER BY line`;
  const [a, b] = [await rows(fast.db, sql), await rows(raw.db, sql)];
  expect(a.length).toBe(lines.length - 2);
  expect(b).toEqual(a);
  // And a line is where the row stands in the file.
  const [row] = await rows(fast.db, `SELECT email, course_id, strftime(date, '%Y-%m-%d') AS date FROM activity WHERE line = 1000`);
  expect(lines[999].startsWith(`${row.email},${row.course_id},${row.date},`)).toBe(true);
});

test('a yes/no spelling that the typed read refuses, after a sample of true/false, still reads', async () => {
  // The one-pass read types `certificate` as BOOLEAN from its sample; "oui" on the last line
  // fails that read, and the raw path reads it as yes.
  const { dir, lines } = lastCertificate('oui');
  const loaded = await loadDir(dir);
  expect(loaded.problems).toEqual([]);
  expect(await rows(loaded.db, `SELECT certificate FROM activity WHERE line = ${lines.length}`)).toEqual([{ certificate: true }]);
});
