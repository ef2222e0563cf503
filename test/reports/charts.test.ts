// Regression: send dates a week apart printed their labels over each other on the weekly chart.
import { expect, test } from 'vitest';
import { staggered } from '../../reports/charts.ts';

test('send-date labels that would overlap go on another row, others stay on the first', () => {
  const first = new Date('2026-09-07');
  const last = new Date('2026-11-29');
  const at = (date: string, label: string) => ({ date, label, at: new Date(date) });
  const rows = staggered(
    [
      at('2026-10-05', 'Lettre'),
      at('2026-10-09', 'Revue'),
      at('2026-09-07', 'Relance de la rentrée'),
      at('2026-11-09', 'Lettre'),
    ],
    first,
    last,
  );
  const byLabel = Object.fromEntries(rows.map((r) => [`${r.label} ${r.date}`, r.row]));
  expect(byLabel).toEqual({
    'Relance de la rentrée 2026-09-07': 0,
    'Lettre 2026-10-05': 0,
    'Revue 2026-10-09': 1,
    'Lettre 2026-11-09': 0,
  });
});
