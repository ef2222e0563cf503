// The same tiny organisation, written as a clean canonical export and the way French Excel
// writes CSV (Latin-1 and UTF-8 with BOM, `;`, CRLF, dd/mm/yyyy HH:MM, decimal commas,
// oui/non, French headers, roles and statuses, mixed-case e-mails, a team by its name).
import { describe, expect, test } from 'vitest';
import { FIXTURES, loadDir, rows, tableRows } from '../helpers/fixture.ts';
import { join } from 'node:path';

const TABLES = ['members', 'teams', 'activity', 'courses'];

describe('French Excel exports', async () => {
  const clean = await loadDir(join(FIXTURES, 'tiny'));
  const french = await loadDir(join(FIXTURES, 'tiny-fr'));

  test('load without problems', () => {
    expect(clean.problems).toEqual([]);
    expect(french.problems).toEqual([]);
  });

  test.each(TABLES)('give exactly the same %s table', async (table) => {
    const expected = await tableRows(clean.db, table);
    expect(expected.length).toBeGreaterThan(0);
    expect(await tableRows(french.db, table)).toEqual(expected);
  });

  test('read the values a person wrote', async () => {
    const [ada] = await rows(
      french.db,
      `SELECT email, role, status, invited_at, activated_at FROM members WHERE line = 2`,
    );
    expect(ada).toEqual({
      email: 'ada.admin@tiny.example',
      role: 'admin',
      status: 'active',
      invited_at: '2026-09-20 09:00:00',
      activated_at: '2026-09-20 10:00:00',
    });
    const [zoe] = await rows(
      french.db,
      `SELECT minutes, date FROM activity WHERE email_key = hash('zoe.zhang@tiny.example')`,
    );
    expect(zoe).toEqual({ minutes: 45.5, date: '2026-11-03' });
    const teams = await rows(
      french.db,
      `SELECT email, team_id FROM members WHERE email LIKE 'sam%' OR email LIKE 'tom%' OR email LIKE 'zoe%' ORDER BY email`,
    );
    expect(teams.map((r) => r.team_id)).toEqual(['ventes', 'ventes', 'rd']);
  });
});
