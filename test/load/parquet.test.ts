// A large organisation may hand its exports over as Parquet: they load to the same tables.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { copyFixture, FIXTURES, loadDir, tableRows } from '../helpers/fixture.ts';

test('Parquet exports load to exactly the tables of the CSV exports', async () => {
  const dir = copyFixture('tiny');
  const duck = await (await DuckDBInstance.create(':memory:')).connect();
  for (const name of ['members', 'teams', 'activity', 'courses']) {
    const csv = join(dir, 'exports', `${name}.csv`);
    // Typed as a warehouse would write them: timestamps, dates, numbers and booleans.
    await duck.run(
      `COPY (SELECT * FROM read_csv('${csv}')) TO '${join(dir, 'exports', `${name}.parquet`)}' (FORMAT parquet)`,
    );
    rmSync(csv);
  }
  const parquet = await loadDir(dir);
  const csv = await loadDir(join(FIXTURES, 'tiny'));
  expect(parquet.problems).toEqual([]);
  for (const table of ['members', 'teams', 'activity', 'courses']) {
    expect(await tableRows(parquet.db, table), table).toEqual(await tableRows(csv.db, table));
  }
});

test('a Parquet export missing a column is refused with the columns it has', async () => {
  const dir = copyFixture('tiny');
  const duck = await (await DuckDBInstance.create(':memory:')).connect();
  await duck.run(
    `COPY (SELECT * EXCLUDE (role) FROM read_csv('${join(dir, 'exports/members.csv')}')) TO '${join(dir, 'exports/members.parquet')}' (FORMAT parquet)`,
  );
  rmSync(join(dir, 'exports/members.csv'));
  const { problems } = await loadDir(dir);
  expect(problems[0]).toMatchObject({ code: 'missing-column', line: 1 });
  expect(problems[0].file).toMatch(/members\.parquet$/);
  expect(problems[0].message).toMatch(/"role" missing; found: "email", "first_name"/);
});
