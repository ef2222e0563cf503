/**
 * The one CSV writer: every CSV launchkit writes goes through `toCsv`, so every one is quoted
 * the same way and safe to open in a spreadsheet.
 *
 * - Every field is quoted (RFC 4180 style, `"` doubled), so a separator, a quote or a newline in
 *   a value never shifts a column.
 * - A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with
 *   `'` (OWASP's rule against CSV/formula injection): Excel and LibreOffice then show it as text
 *   instead of running it. Numbers are written as numbers and left alone: `-3` is a delta, not a
 *   formula.
 * - A UTF-8 byte-order mark starts the file by default, so Excel reads accented names as UTF-8.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text value as it is safe to put in a spreadsheet cell. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseCell(value);
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true: Excel needs it to read UTF-8). */
  bom?: boolean;
}

/** A whole CSV file: the header, then one line per row, every field quoted, `\n` line ends. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const records: string[][] = [header.map((h) => neutraliseCell(h))];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`CSV row has ${row.length} fields, the header ${header.length}: ${JSON.stringify(row)}`);
    }
    records.push(row.map(cell));
  }
  const body = stringify(records, { quoted: true, quoted_empty: true, record_delimiter: '\n' });
  return (options.bom ?? true) ? `\uFEFF${body}` : body;
}
