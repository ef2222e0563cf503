/**
 * Long tables are cut into pages by reports/pages.ts from heights it computes itself; if those
 * heights were wrong, rows would run into the footer or react-pdf would spill them onto an extra
 * page without a title. A 230-member team, some names long enough to wrap, checked with
 * pdftotext -bbox: every word above the footer, every page of the table titled, every member once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { prepareReports } from '../../reports/build.ts';
import type { MemberRow } from '../../reports/report-data.ts';
import { renderTeamReport } from '../../reports/render.tsx';
import { createTestDb } from '../helpers/db.ts';
import { config, rows } from '../fixtures/reports-tiny/fixture.ts';

const PAGE_HEIGHT = 841.89;
const CONTENT_BOTTOM = PAGE_HEIGHT - 48;

interface Word {
  page: number;
  yMin: number;
  yMax: number;
  text: string;
}

function words(file: string): { pages: number; words: Word[] } {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page++;
    const match = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</.exec(line);
    const unescapeXml = (t: string) =>
      t
        .replaceAll('&apos;', "'")
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&');
    if (match) out.push({ page, yMin: Number(match[1]), yMax: Number(match[2]), text: unescapeXml(match[3]!) });
  }
  return { pages: page, words: out };
}

const members: MemberRow[] = Array.from({ length: 230 }, (_, i) => ({
  email: `m${i}@acme.fr`,
  // Every 17th name is too long for its column and wraps onto a second line.
  name: i % 17 === 0 ? `Marie-Charlotte-Éléonore${i} de La Tour d'Auvergne-Lauraguais` : `Prénom${i} Nom${i}`,
  role: 'member',
  status: i < 40 ? 'invited' : i < 90 ? 'inactive' : 'active',
  lastActivity: i < 90 ? null : '2026-11-20',
  hours: i < 90 ? 0 : (i % 13) + 0.5,
  coursesCompleted: i % 4,
  certificates: i % 3 === 0 ? 1 : 0,
}));

test('a 230-member table fills whole pages, titled, above the footer, every member once', async () => {
  const db = await createTestDb(rows);
  const prepared = await prepareReports(db, config, '2026-11', 'en');
  const data = { ...prepared.teams.find((t) => t.team.id === 'ventes')!, members };
  const file = join(mkdtempSync(join(tmpdir(), 'reports-pages-')), 'big.pdf');
  writeFileSync(file, await renderTeamReport(data));

  const { pages, words: all } = words(file);
  // The summary fills the first pages; 230 rows of 14 pt (13 of them two lines) take 5 more.
  expect(pages).toBeGreaterThanOrEqual(6);
  for (let page = 1; page <= pages; page++) {
    const onPage = all.filter((w) => w.page === page);
    const below = onPage
      .filter((w) => w.yMax > CONTENT_BOTTOM + 0.5)
      .map((w) => w.text)
      .join(' ');
    expect(below, `page ${page}`).toBe(
      `Confidential: for the team's supervisors and the managers. Page ${page} / ${pages}`,
    );
  }
  const tablePages = [...new Set(all.filter((w) => w.text === 'follow-up').map((w) => w.page))];
  expect(tablePages.length).toBeGreaterThanOrEqual(5);
  expect(tablePages).toEqual(Array.from({ length: tablePages.length }, (_, i) => pages - tablePages.length + 1 + i));
  for (const page of tablePages) {
    // Each table page starts with its title, the next ones marked "(continued)".
    const first = all
      .filter((w) => w.page === page)
      .slice(0, 3)
      .map((w) => w.text)
      .join(' ');
    expect(first).toBe(page === tablePages[0] ? 'Member follow-up Pending' : 'Member follow-up (continued)');
  }
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const count = (needle: string) => text.split(needle).length - 1;
  for (const m of members) {
    // A wrapped name is two lines at two heights: pdftotext reads them apart, a person together.
    const shown = m.name.startsWith('Marie') ? m.name.split(' ')[0]! : m.name;
    expect(count(`${shown} `), shown).toBe(1);
  }
  expect(count('Auvergne-Lauraguais')).toBe(members.filter((m) => m.name.startsWith('Marie')).length);
  // Pages are full: each table page but the last holds at least 45 rows' worth of height.
  const rowsPerPage = tablePages.map(
    (page) => all.filter((w) => w.page === page && /^(Prénom|Marie-Charlotte)/.test(w.text)).length,
  );
  for (const count of rowsPerPage.slice(0, -1)) expect(count).toBeGreaterThanOrEqual(45);
});
