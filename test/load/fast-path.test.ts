// The activity export is read in one pass straight into its keyed table when it has nothing to
// report; otherwise through the raw path, which reports each problem on its line. Both must give
// the same rows, and a problem the one-pass read lets through must send the file the raw way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { copyFixture, loadDir, rows, tableRows } from '../helpers/fixture.ts';

const SAMPLE = '../../data';
const LINES = readFileSync(join(import.meta.dirname, SAMPLE, 'exports/activity.csv'), 'utf8')
  .trimEnd()
  .split('\n');
const LAST = LINES.length;

/** A copy of the sample whose activity lines (1 = header) are rewritten by `edit`. */
function editedActivity(edit: (line: string, number: number) => string): string {
  return copyFixture(SAMPLE, {
    'exports/activity.csv': () => `${LINES.map((line, i) => edit(line, i + 1)).join('\n')}\n`,
  });
}

const readRawWay = async (db: Parameters<typeof rows>[0]) =>
  Number((await rows(db, 'SELECT count(*) AS n FROM activity_rows'))[0]!.n) > 0;

test('the one-pass and the raw read of the sample activity give the same rows', async () => {
  const fast = await loadDir(join(import.meta.dirname, SAMPLE));
  expect(fast.problems).toEqual([]);
  expect(await readRawWay(fast.db)).toBe(false);

  // One unreadable value on the last line sends the file through the raw path, without that row.
  const raw = await loadDir(
    editedActivity((line, n) => (n === LAST ? line.replace(/,(true|false)$/, ',maybe') : line)),
  );
  expect(raw.problems.map((p) => [p.code, p.line])).toEqual([['unreadable-value', LAST]]);

  // The one-pass table keeps the file's order: its last row is the last line.
  const allButLast = await rows(fast.db, `SELECT * FROM activity WHERE rowid < ${LAST - 2} ORDER BY ALL`);
  expect(allButLast.length).toBe(LAST - 2);
  expect(await tableRows(raw.db, 'activity')).toEqual(allButLast);
  // And the raw path's line is where the row stands in the file.
  const [row] = await rows(
    raw.db,
    `SELECT email, course_id, strftime(date, '%Y-%m-%d') AS date FROM activity_rows WHERE line = 1000`,
  );
  expect(LINES[999]!.startsWith(`${row!.email},${row!.course_id},${row!.date},`)).toBe(true);
});

test('a yes/no spelling that the typed read refuses, after a sample of true/false, still reads', async () => {
  // The one-pass read types `certificate` as BOOLEAN from its sample; "oui" on the last line
  // fails that read, and the raw path reads it as yes.
  const loaded = await loadDir(
    editedActivity((line, n) => (n === LAST ? line.replace(/,(true|false)$/, ',oui') : line)),
  );
  expect(loaded.problems).toEqual([]);
  expect(await rows(loaded.db, `SELECT certificate FROM activity_rows WHERE line = ${LAST}`)).toEqual([
    { certificate: true },
  ]);
});

// Each value reads (a blank date or number of minutes as nothing), so only the checks can find
// these; each alone must send the file the raw way.
test.each([
  ['negative-minutes', 3, '-5'],
  ['missing-value', 3, ''],
  ['missing-value', 2, ''],
  ['progress-out-of-range', 4, '150'],
  ['unknown-member', 0, 'nobody@nowhere.example'],
  ['unknown-course', 1, 'no-such-course'],
] as const)('%s alone is reported on its line by the raw path', async (code, field, value) => {
  const { problems } = await loadDir(
    editedActivity((line, n) => {
      if (n !== 1000) return line;
      const fields = line.split(',');
      fields[field] = value;
      return fields.join(',');
    }),
  );
  expect(problems.map((p) => [p.code, p.line])).toEqual([[code, 1000]]);
});

test('an e-mail written in capitals is the member: read the raw way, to the same table', async () => {
  const fast = await loadDir(join(import.meta.dirname, SAMPLE));
  const loaded = await loadDir(
    editedActivity((line, n) => (n === 1000 ? line.replace(/^[^,]+/, (email) => email.toUpperCase()) : line)),
  );
  expect(loaded.problems).toEqual([]);
  expect(await readRawWay(loaded.db)).toBe(true);
  expect(await tableRows(loaded.db, 'activity')).toEqual(await tableRows(fast.db, 'activity'));
});

test('a blank e-mail in the members export does not make a blank one in the activity known', async () => {
  // Keys are hashes, and the hash of nothing is a value like any other: both blanks must not match.
  const dir = copyFixture(SAMPLE, {
    'exports/members.csv': (text) =>
      text
        .split('\n')
        .map((line, i) => (i === 9 ? line.replace(/^[^,]+/, '') : line))
        .join('\n'),
    'exports/activity.csv': () =>
      `${LINES.map((line, i) => (i + 1 === 2000 ? line.replace(/^[^,]+/, '') : line)).join('\n')}\n`,
  });
  const problems = (await loadDir(dir)).problems.map((p) => [
    p.code,
    p.file.endsWith('members.csv') ? 'members' : 'activity',
    p.line,
  ]);
  expect(problems).toContainEqual(['missing-value', 'members', 10]);
  expect(problems).toContainEqual(['missing-value', 'activity', 2000]);
});
