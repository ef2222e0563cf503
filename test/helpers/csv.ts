/** Reads a CSV that launchkit wrote as a spreadsheet would (BOM, quotes), into header + rows. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export function readCsv(path: string): { header: string[]; rows: string[][]; text: string } {
  const text = readFileSync(path, 'utf8');
  const [header = [], ...rows] = parse(text, { bom: true }) as string[][];
  return { header, rows, text };
}

/** The CSV's rows as plain `a,b,c` lines (header first), for short readable expectations. */
export function csvLines(path: string): string[] {
  const { header, rows } = readCsv(path);
  return [header, ...rows].map((r) => r.join(','));
}
