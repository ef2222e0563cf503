import { expect, test } from 'vitest';
import { createTestDb } from './db.ts';

test('createTestDb fills the canonical tables with a line number per row', async () => {
  const db = await createTestDb({
    courses: [
      { course_id: 'c1', title: 'Python' },
      { course_id: 'c2', title: "L'art" },
    ],
    teams: [{ team_id: 't1', name: 'Ventes', supervisor_emails: ['a@x.fr'] }],
  });
  const rows = (await db.runAndReadAll('SELECT course_id, title, line FROM courses ORDER BY line')).getRowObjectsJson();
  expect(rows).toEqual([
    { course_id: 'c1', title: 'Python', line: 2 },
    { course_id: 'c2', title: "L'art", line: 3 },
  ]);
  const sup = (await db.runAndReadAll('SELECT supervisor_emails FROM teams')).getRowObjectsJson();
  expect(sup).toEqual([{ supervisor_emails: ['a@x.fr'] }]);
});
