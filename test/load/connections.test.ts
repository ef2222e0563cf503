// Several queries at once, each on its own connection to the same database.
import { expect, test } from 'vitest';
import { runConcurrently } from '../../scripts/load/connections.ts';
import { closeDatabase, openDatabase } from '../../scripts/load/index.ts';

test('each task has its own connection to the same database', async () => {
  const db = await openDatabase();
  await db.run('CREATE TABLE shared AS SELECT 42 AS answer');
  // A temporary table belongs to its connection: on one connection the second would clash.
  const seen = await runConcurrently(
    db,
    [1, 2].map((i) => async (c) => {
      await c.run(`CREATE TEMP TABLE mine AS SELECT ${i} AS i`);
      return (await c.runAndReadAll('SELECT i, answer FROM mine, shared')).getRowObjectsJson()[0];
    }),
  );
  expect(seen).toEqual([
    { i: 1, answer: 42 },
    { i: 2, answer: 42 },
  ]);
  closeDatabase(db);
});

test('a failing task is passed on only once the others have ended', async () => {
  const db = await openDatabase();
  let ended = false;
  await expect(
    runConcurrently(db, [
      async () => {
        throw new Error('renderer crashed');
      },
      async (c) => {
        await c.run('CREATE TABLE t AS SELECT sum(i) AS s FROM range(30000000) r(i)');
        ended = true;
        return 0;
      },
    ]),
  ).rejects.toThrow('renderer crashed');
  expect(ended).toBe(true);
  closeDatabase(db);
});
