/**
 * Issue 13.6: every CSV launchkit writes is safe to open in Excel. Each writer is given values
 * that start with a formula character, as hostile exports carry them (`=1+1@evil.example` passes
 * the e-mail check), and read back as a spreadsheet would: no cell may start with one.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distributionCsv } from '../../reports/distribution.ts';
import { problemsCsv } from '../../scripts/validate/report.ts';
import { readCsv } from '../helpers/csv.ts';

const HOSTILE = ['=1+1@evil.example', '+33612345678', '-2+3', '@SUM(A1:A9)', '\t=cmd', '\r=cmd'];
const FORMULA = /^[=+\-@\t\r]/;

function written(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'launchkit-csv-'));
  writeFileSync(join(dir, name), text);
  expect(readdirSync(dir)).toEqual([name]);
  return readCsv(join(dir, name));
}

test('data-quality.csv neutralises every hostile value', () => {
  const problems = HOSTILE.map((v, i) => ({
    file: 'data/exports/members.csv',
    line: i + 2,
    severity: 'warning' as const,
    code: 'duplicate-member',
    message: `${v} appears twice`,
    hint: v,
  }));
  const { rows } = written('data-quality.csv', problemsCsv(problems));
  expect(rows).toHaveLength(HOSTILE.length);
  for (const cell of rows.flat()) expect(cell).not.toMatch(FORMULA);
  expect(rows[0]![4]).toBe("'=1+1@evil.example appears twice");
});

test('distribution.csv neutralises a hostile recipient address', () => {
  const rows = HOSTILE.map((email) => ({ email, role: 'manager', language: 'fr' as const, file: 'reports/org.pdf' }));
  const csv = written('distribution.csv', distributionCsv(rows));
  for (const cell of csv.rows.flat()) expect(cell).not.toMatch(FORMULA);
  expect(csv.rows.map((r) => r[0])).toEqual(HOSTILE.map((v) => `'${v}`));
});
