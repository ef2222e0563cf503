/**
 * What the stage hands the pages, worked out by hand on the fixture (test/fixtures/site-org):
 * team sizes, supervisors' names, suggested courses, safe Markdown, readable brand colours;
 * and the stage itself: one log line, same inputs ⇒ same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { buildSiteData } from '../../scripts/site/data.ts';
import { renderMarkdown } from '../../scripts/site/markdown.ts';
import { contrast, themeCss } from '../../scripts/site/theme.ts';
import { createTestDb } from '../helpers/db.ts';
import { rows } from '../fixtures/site-org/rows.ts';
import { buildFixtureSite, FIXTURE_DIR } from './build-site.ts';
import { brokenLinks, listFiles } from './serve.ts';

describe('buildSiteData', () => {
  test('team sizes count non-removed members; supervisors are names only; unknown courses are reported', async () => {
    const config = await loadConfig(FIXTURE_DIR);
    const { data, unknownCourses } = await buildSiteData(config, await createTestDb(rows), { kit: [] });
    expect(data.teams.map((t) => [t.id, t.size])).toEqual([
      ['brassage', 4],
      ['ventes', 2],
      ['logistique', 0],
    ]);
    expect(data.teams.map((t) => t.supervisors)).toEqual([['Inès Moreau'], [], []]);
    expect(data.teams.map((t) => t.courses.map((c) => c.id))).toEqual([
      ['c-hygiene', 'c-excel'],
      ['c-negociation'],
      [],
    ]);
    expect(data.teams[1].courses[0].url).toBe('https://openclassrooms.com/fr/');
    expect([...unknownCourses]).toEqual([['c-inconnu', ['ventes']]]);
    expect(JSON.stringify(data)).not.toMatch(/@lumiere\.example/);
  });

  test('privacy.showSupervisors: false shows no supervisor at all', async () => {
    const config = await loadConfig(FIXTURE_DIR);
    const hidden = { ...config, privacy: { ...config.privacy, showSupervisors: false } };
    const { data } = await buildSiteData(hidden, await createTestDb(rows), { kit: [] });
    expect(data.teams.flatMap((t) => t.supervisors)).toEqual([]);
  });

  test('a removed supervisor is not named', async () => {
    const config = await loadConfig(FIXTURE_DIR);
    const removed = {
      ...rows,
      members: rows.members!.map((m) => (m.email === 'ines.moreau@lumiere.example' ? { ...m, status: 'removed' } : m)),
    };
    const { data } = await buildSiteData(config, await createTestDb(removed), { kit: [] });
    expect(data.teams[0].supervisors).toEqual([]);
    expect(data.teams[0].size).toBe(3);
  });
});

describe('renderMarkdown', () => {
  test('keeps formatting and safe links', () => {
    expect(renderMarkdown('**Bravo** [cours](https://oc.example/c)')).toBe(
      '<p><strong>Bravo</strong> <a href="https://oc.example/c" rel="noopener noreferrer">cours</a></p>',
    );
  });

  test.each([
    // A line starting with a block tag is an HTML block for Markdown: no <p> around it.
    ['<script>alert(1)</script>ok', 'ok'],
    ['<img src="x" onerror="alert(1)">ok', '<p>ok</p>'],
    ['<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['[x](javascript:alert(1))', '<p><a rel="noopener noreferrer">x</a></p>'],
    ['<a href=" JaVaScRiPt:alert(1)" onclick="alert(2)">x</a>', '<p><a rel="noopener noreferrer">x</a></p>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<p><a rel="noopener noreferrer">x</a></p>'],
    ['# Title', '<h3>Title</h3>'],
  ])('%s → %s', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });
});

describe('theme', () => {
  test('contrast ratios match WCAG', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test('a pale brand colour is not used for links or button text it cannot carry', () => {
    const css = themeCss(
      { primary: '#f2c14e', secondary: '#000000', accent: '#2a6f4e', text: '#1a1a1a', background: '#ffffff' },
      { heading: 'Inter', body: 'Comic"} body{x' },
    );
    expect(css).toContain('--link:#1a1a1a');
    expect(css).toContain('--on-primary:#1a1a1a');
    expect(css).toContain('--font-body:"Comic bodyx", "Inter", system-ui, sans-serif');
  });
});

describe('siteStage', () => {
  test('logs one line, and the same inputs give the same bytes', async () => {
    const [a, b] = [await buildFixtureSite(), await buildFixtureSite()];
    try {
      expect(a.lines.filter((l) => l.startsWith('info'))).toHaveLength(1);
      expect(a.lines.find((l) => l.startsWith('info'))).toMatch(/^info site → 3 teams, 13 pages in \d+\.\d s$/);
      const hash = (root: string) =>
        listFiles(root).map(
          (f) =>
            `${f} ${createHash('sha256')
              .update(readFileSync(join(root, f)))
              .digest('hex')}`,
        );
      expect(hash(a.site)).toEqual(hash(b.site));
    } finally {
      rmSync(a.out, { recursive: true, force: true });
      rmSync(b.out, { recursive: true, force: true });
    }
  });
});

describe('privacy boundary', () => {
  test('a team message holding a member’s e-mail stops the build with a message naming it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'launchkit-site-leak-'));
    const run = buildFixtureSite({
      out,
      config: (c) => ({
        ...c,
        teams: c.teams.map((t, i) =>
          i === 0 ? { ...t, message: { ...t.message, en: 'Ask [Hugo](mailto:Hugo.Petit@lumiere.example)' } } : t,
        ),
      }),
    });
    await expect(run).rejects.toThrow(
      'org.config.ts: the team pages would publish the e-mail address of 1 member(s): hugo.petit@lumiere.example',
    );
    expect(listFiles(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
  });
});

test('a site published under a path (programme.siteUrl https://…/formation/) links within that path', async () => {
  const built = await buildFixtureSite({
    config: (c) => ({ ...c, programme: { ...c.programme, siteUrl: 'https://intranet.lumiere.example/formation/' } }),
  });
  try {
    expect(brokenLinks(built.site, '/formation/')).toEqual([]);
    // The same pages served at the root would be broken: the check can fail.
    expect(brokenLinks(built.site, '/').length).toBeGreaterThan(0);
    const html = readFileSync(join(built.site, 'fr/equipes/brassage/index.html'), 'utf8');
    expect(html).toContain('href="/formation/en/teams/brassage/"');
    expect(html).toContain('https://intranet.lumiere.example/formation/fr/equipes/brassage/');
  } finally {
    rmSync(built.out, { recursive: true, force: true });
  }
});

test('an organisation in French only has no /en/ pages and no language switcher', async () => {
  const built = await buildFixtureSite({
    config: (c) => ({ ...c, organisation: { ...c.organisation, languages: ['fr'] } }),
  });
  try {
    const files = listFiles(built.site).filter((f) => f.endsWith('.html'));
    expect(files).toEqual([
      'fr/equipes/brassage/index.html',
      'fr/equipes/logistique/index.html',
      'fr/equipes/ventes/index.html',
      'fr/faq/index.html',
      'fr/index.html',
      'fr/kit/index.html',
      'index.html',
    ]);
    expect(readFileSync(join(built.site, 'fr/index.html'), 'utf8')).not.toContain('lang-switch');
    expect(brokenLinks(built.site)).toEqual([]);
  } finally {
    rmSync(built.out, { recursive: true, force: true });
  }
});

test('a landing page of more than 12 teams groups them by department, teams without one last', async () => {
  const extra = (i: number) => ({
    id: `extra-${i}`,
    name: { fr: `Équipe ${i}`, en: `Team ${i}` },
    criteria: i % 2 ? { department: 'Production', location: 'Lille' } : { location: 'Roubaix' },
    message: { fr: 'Bienvenue.', en: 'Welcome.' },
    suggestedCourses: [],
    supervisors: [],
  });
  const built = await buildFixtureSite({
    config: (c) => ({ ...c, teams: [...c.teams, ...Array.from({ length: 10 }, (_, i) => extra(i + 1))] }),
  });
  try {
    const { document } = parseHTML(readFileSync(join(built.site, 'en/index.html'), 'utf8'));
    // Commercial: ventes; Production: brassage + 5 odd extras; no department: logistique + 5 even extras.
    expect([...document.querySelectorAll('#teams ~ h3')].map((h) => h.textContent)).toEqual([
      'Commercial',
      'Production',
      'Other teams',
    ]);
    expect([...document.querySelectorAll('.team-list')].map((ul) => ul.querySelectorAll('li').length)).toEqual([
      1, 6, 6,
    ]);
  } finally {
    rmSync(built.out, { recursive: true, force: true });
  }
});
