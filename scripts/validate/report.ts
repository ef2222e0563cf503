/** The data-quality report: a few scannable lines for the terminal, every problem in a CSV. */
import { toCsv } from '../core/csv.ts';
import type { Problem } from '../load/problems.ts';

const SHOWN = 40;

export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.severity}: ${p.message} — ${p.hint}`;
}

/** Errors first, then warnings; at most SHOWN lines, then a count of the rest. */
export function summarizeProblems(problems: Problem[]): string[] {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const lines = sorted.slice(0, SHOWN).map(formatProblem);
  if (sorted.length > SHOWN) lines.push(`… and ${sorted.length - SHOWN} more (see data-quality.csv)`);
  return lines;
}

export function problemsCsv(problems: Problem[]): string {
  return toCsv(
    ['file', 'line', 'severity', 'code', 'message', 'hint'],
    problems.map((p) => [p.file, p.line, p.severity, p.code, p.message, p.hint]),
  );
}
