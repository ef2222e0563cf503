/**
 * Reads one export (CSV, any of the accepted dialects) into a raw DuckDB table named after it,
 * with canonical column names, typed dates and numbers, and the file line of every row.
 * Unreadable lines are not skipped quietly: DuckDB's rejects become problems with their line.
 */
import { statSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { COLUMNS, matchHeaders, type ExportName, type HeaderMatch } from './headers.ts';
import { problem, type Problem } from './problems.ts';
import { sniffCsv, sniffDateFormat, sniffDecimalSeparator } from './sniff.ts';

export interface RawExport {
  /** Table (a view) holding the rows, canonical column names plus `line`. */
  table: string;
  present: Set<string>;
  rows: number;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
const MAX_REJECTS_LISTED = 1000;
const LARGE_FILE = 64 * 1024 * 1024;

/** How to read one export: what the header says, and the `read_csv(...)` call that reads it. */
export interface ReadPlan {
  name: ExportName;
  kind: 'csv' | 'parquet';
  path: string;
  shownPath: string;
  /** Canonical columns present in the file. */
  present: Set<string>;
  columnCount: number;
  /**
   * The `read_csv(...)` call; with rejects, unreadable lines go to `rejects_<name>` instead of
   * failing. With `typedYesNo`, the yes/no columns whose sample reads as DuckDB booleans are read
   * as BOOLEAN (a later value that does not read then fails the whole read).
   */
  source(withRejects: boolean, typedYesNo?: boolean): string;
  /** The yes/no columns `source(…, true)` reads as BOOLEAN. */
  typedYesNo: Set<string>;
}

/** Yes/no columns: read as text and mapped by `lk_bool`, or typed when the file allows it. */
const YES_NO = new Set(['completed', 'certificate']);
/** Spellings DuckDB's BOOLEAN reads, each as `lk_bool` reads it (blank: no). */
const DUCKDB_BOOLEAN = /^(true|false|t|f|1|0|)$/i;

export async function planRead(
  db: DuckDBConnection,
  name: ExportName,
  path: string,
  shownPath: string,
): Promise<{ plan: ReadPlan | null; problems: Problem[] }> {
  if (path.endsWith('.parquet')) return planParquet(db, name, path, shownPath);
  const format = await sniffCsv(path);
  const match = matchHeaders(name, format.headers);
  const problems = headerProblems(name, match, format.headers, shownPath);
  if (problems.length > 0) return { plan: null, problems };

  const specs = new Map(COLUMNS[name].map((s) => [s.name, s]));
  const columnNames = match.columns.map((c, i) => c ?? `extra_${i + 1}`);
  const sampleOf = (i: number) => format.sample.map((row) => row[i] ?? '');
  let dateFormat = '%Y-%m-%d';
  let decimal: ',' | '.' = '.';
  const types = columnNames.map((c, i) => {
    const type = specs.get(c)?.type ?? 'VARCHAR';
    if (type === 'DATE') dateFormat = sniffDateFormat(sampleOf(i));
    if (type === 'DOUBLE' && format.delimiter !== ',' && sniffDecimalSeparator(sampleOf(i)) === ',') decimal = ',';
    const typedYesNo = YES_NO.has(c) && sampleOf(i).every((v) => DUCKDB_BOOLEAN.test(v.trim())) ? 'BOOLEAN' : type;
    return { c, type, typedYesNo };
  });
  const columns = (typedYesNo: boolean) =>
    `columns={${types.map((t) => `${sqlString(t.c)}: '${typedYesNo ? t.typedYesNo : t.type}'`).join(', ')}}`;
  const options = [
    `delim=${sqlString(format.delimiter)}`,
    `header=true`,
    `auto_detect=false`,
    `quote='"'`,
    `escape='"'`,
    `new_line=${sqlString(format.newline)}`,
    `encoding=${sqlString(format.encoding)}`,
    // DuckDB's own ISO date reader is faster than any format (0.2 s at 10 M rows).
    ...(dateFormat === '%Y-%m-%d' ? [] : [`dateformat=${sqlString(dateFormat)}`]),
    `decimal_separator=${sqlString(decimal)}`,
    // A large file reads faster in larger pieces than DuckDB's default (the 10 M-row activity:
    // 1.71 s → 1.60 s); a small one reads slower (100,000 members: +0.05 s).
    ...(statSync(path).size > LARGE_FILE ? [`buffer_size=${LARGE_FILE / 2}`] : []),
  ];
  const rejects = `rejects_${name}`;
  const rejectOptions = [
    `store_rejects=true`,
    `rejects_table=${sqlString(rejects)}`,
    `rejects_scan=${sqlString(`${rejects}_scan`)}`,
    `rejects_limit=${MAX_REJECTS_LISTED}`,
  ];
  return {
    plan: {
      name,
      kind: 'csv',
      path,
      shownPath,
      present: new Set(match.columns.filter((c): c is string => c !== null)),
      columnCount: columnNames.length,
      typedYesNo: new Set(types.filter((t) => t.typedYesNo !== t.type).map((t) => t.c)),
      source: (withRejects, typedYesNo = false) =>
        `read_csv(${sqlString(path)}, ${[columns(typedYesNo), ...options, ...(withRejects ? rejectOptions : [])].join(', ')})`,
    },
    problems,
  };
}

function headerProblems(name: ExportName, match: HeaderMatch, headers: string[], shownPath: string): Problem[] {
  const problems: Problem[] = [];
  if (match.missing.length > 0) {
    const accepted = match.missing.map((m) => {
      const spec = COLUMNS[name].find((s) => s.name === m)!;
      return `${m} (or ${spec.aliases.map((a) => `"${a}"`).join(', ')})`;
    });
    problems.push(
      problem(
        shownPath,
        1,
        'error',
        'missing-column',
        `required column${match.missing.length > 1 ? 's' : ''} ${match.missing.map((m) => `"${m}"`).join(', ')} missing; found: ${headers.map((h) => `"${h}"`).join(', ')}`,
        `Name the columns as the README's export formats say: ${accepted.join('; ')}.`,
      ),
    );
  }
  for (const d of match.duplicated) {
    problems.push(problem(shownPath, 1, 'error', 'duplicate-column', `two columns give "${d}"`, 'Keep one of them.'));
  }
  return problems;
}

/**
 * A Parquet export (what a large organisation hands over): typed already, so only the column
 * names are mapped and each column is cast to what the CSV path would have read. "Line" N is
 * row N - 1 of the file, as if it had a header line.
 */
async function planParquet(
  db: DuckDBConnection,
  name: ExportName,
  path: string,
  shownPath: string,
): Promise<{ plan: ReadPlan | null; problems: Problem[] }> {
  let headers: string[];
  try {
    headers = (await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`))
      .getRowObjectsJson()
      .map((r) => String(r.column_name));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return {
      plan: null,
      problems: [
        problem(
          shownPath,
          null,
          'error',
          'unreadable-file',
          `the file cannot be read as Parquet: ${reason}`,
          'Export it again, or hand over the CSV export instead.',
        ),
      ],
    };
  }
  const match = matchHeaders(name, headers);
  const problems = headerProblems(name, match, headers, shownPath);
  if (problems.length > 0) return { plan: null, problems };
  const specs = new Map(COLUMNS[name].map((s) => [s.name, s]));
  const columns = match.columns.flatMap((c, i) =>
    c ? [`try_cast(${quoteIdent(headers[i])} AS ${specs.get(c)!.type}) AS ${c}`] : [],
  );
  return {
    plan: {
      name,
      kind: 'parquet',
      path,
      shownPath,
      present: new Set(match.columns.filter((c): c is string => c !== null)),
      columnCount: headers.length,
      typedYesNo: new Set(),
      source: () => `(SELECT ${columns.join(', ')} FROM read_parquet(${sqlString(path)}))`,
    },
    problems,
  };
}

const quoteIdent = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Reads the export into `raw_<name>` (a view with the file line of every row); unreadable lines become problems. */
export async function readRaw(
  db: DuckDBConnection,
  plan: ReadPlan,
): Promise<{ raw: RawExport | null; problems: Problem[] }> {
  const { name, shownPath } = plan;
  const problems: Problem[] = [];
  const table = `raw_${name}`;
  const rejects = `rejects_${name}`;
  await db.run(
    `DROP VIEW IF EXISTS ${table}; DROP TABLE IF EXISTS ${table}_rows; DROP TABLE IF EXISTS ${table}_rejected; DROP TABLE IF EXISTS ${rejects}; DROP TABLE IF EXISTS ${rejects}_scan`,
  );
  try {
    await db.run(`CREATE TABLE ${table}_rows AS SELECT * FROM ${plan.source(true)}`);
  } catch (error) {
    problems.push(
      problem(
        shownPath,
        null,
        'error',
        'unreadable-file',
        `the file cannot be read: ${(error as Error).message.split('\n')[0]}`,
        'Save it again as CSV (UTF-8 or Latin-1, one header line, ; or , between fields).',
      ),
    );
    return { raw: null, problems };
  }

  const rejected =
    plan.kind === 'csv'
      ? (
          await db.runAndReadAll(
            `SELECT line, column_name, error_type, csv_line, error_message FROM ${rejects} ORDER BY line`,
          )
        ).getRowObjectsJson()
      : [];
  for (const r of rejected) problems.push(rejectProblem(shownPath, r as unknown as Reject, plan.columnCount));

  // A row's line: its position among accepted rows, shifted past the rejected lines before it.
  // DuckDB's rejects table is temporary (this connection's only), and the view is read from other
  // connections (the checks, the members' normalisation): the lines are kept in a table of the database.
  if (rejected.length) {
    await db.run(`CREATE OR REPLACE TABLE ${table}_rejected AS SELECT DISTINCT line::BIGINT AS line FROM ${rejects}`);
  }
  const shift = rejected.length
    ? `(SELECT count(*) FROM (SELECT line - 1 - row_number() OVER (ORDER BY line) AS k FROM ${table}_rejected) s WHERE s.k <= r.rowid)`
    : '0';
  await db.run(`CREATE OR REPLACE VIEW ${table} AS SELECT r.*, r.rowid + 2 + ${shift} AS line FROM ${table}_rows r`);
  const rows = Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ${table}_rows`)).getRowObjectsJson()[0].n);
  return { raw: { table, present: plan.present, rows }, problems };
}

interface Reject {
  line: string;
  column_name: string | null;
  error_type: string;
  csv_line: string;
  error_message: string;
}

function rejectProblem(file: string, r: Reject, expectedFields: number): Problem {
  const line = Number(r.line);
  const original = (r.csv_line ?? '').replace(/^[\r\n]+/, '').trim();
  if (r.error_type === 'CAST') {
    const value = /string "(.*)" to/.exec(r.error_message)?.[1] ?? original;
    const expected = /DATE/.test(r.error_message)
      ? 'a date (dd/mm/yyyy or yyyy-mm-dd, the same way as the rest of the file)'
      : 'a number (e.g. 12.5 or 12,5)';
    return problem(
      file,
      line,
      'error',
      'unreadable-value',
      `${r.column_name}: "${value}" cannot be read as ${expected}`,
      `Correct the value on that line: ${original}`,
    );
  }
  if (r.error_type === 'TOO MANY COLUMNS' || r.error_type === 'MISSING COLUMNS') {
    return problem(
      file,
      line,
      'error',
      'malformed-row',
      `${r.error_message.replace('Expected Number of Columns', 'expected fields').replace('Found', 'found')} (expected ${expectedFields})`,
      `Check this line for a stray separator or an unquoted value holding one: ${original}`,
    );
  }
  if (r.error_type === 'INVALID ENCODING' || r.error_type === 'INVALID UNICODE') {
    return problem(
      file,
      line,
      'error',
      'bad-encoding',
      "the line is not valid text in the file's encoding",
      'Save the whole file in one encoding (UTF-8 preferred).',
    );
  }
  return problem(file, line, 'error', 'malformed-row', r.error_message, `Correct the line: ${original}`);
}
