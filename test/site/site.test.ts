/**
 * The built site as a person sees it: Chromium against the fixture organisation's site
 * (test/fixtures/site-org) served on localhost. The site is built once for the whole file.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, type BuiltSite } from './build-site.ts';
import { brokenLinks, browseOffline, listFiles } from './serve.ts';

// jsqr is CommonJS: its default import is the function itself, whatever its types say.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;
const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');

let built: BuiltSite;
let site: Awaited<ReturnType<typeof browseOffline>>;
let context: BrowserContext;

beforeAll(async () => {
  built = await buildFixtureSite();
  site = await browseOffline(built.site);
  ({ context } = site);
});

afterAll(async () => {
  await site?.close();
  if (built) rmSync(built.out, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('landing page', () => {
  test('lists every team with its size, linking to its page, in the reader’s alphabetical order', async () => {
    const page = await open('/fr/');
    expect(await page.locator('h1').innerText()).toBe('Lumière Académie');
    const teams = page.locator('.team-list li');
    expect(await teams.locator('a').allInnerTexts()).toEqual(['Brassage', 'Logistique', 'Ventes']);
    // Sizes worked out by hand in rows.ts: removed members do not count.
    expect(await teams.locator('p').allInnerTexts()).toEqual(['4 membres', '0 membre', '2 membres']);
    await teams.locator('a', { hasText: 'Ventes' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr/equipes/ventes/');
    await page.close();
  });

  test('shows the three steps to join with the activation URL, in English too', async () => {
    const page = await open('/en/');
    expect(await page.locator('.steps li').count()).toBe(3);
    expect(await page.locator('.steps a').getAttribute('href')).toBe('https://openclassrooms.com/fr/activate/lumiere');
    expect(await page.locator('.team-list a').allInnerTexts()).toEqual(['Brewing', 'Logistics', 'Sales']);
    expect(await page.locator('.launch').innerText()).toBe('Launching on 11 January 2027');
    await page.close();
  });

  test('/ sends the reader to the default language', async () => {
    const page = await open('/');
    await page.waitForURL(`${site.url}/fr/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.close();
  });
});

describe('team page', () => {
  test('shows the message, the suggested courses with their details and links, and the supervisors’ names', async () => {
    const page = await open('/fr/equipes/brassage/');
    expect(await page.locator('h1').innerText()).toBe('Brassage');
    expect(await page.locator('.message').innerText()).toContain("Bienvenue à l'équipe Brassage !");
    expect(await page.locator('.message strong').innerText()).toBe('Brassage');
    const courses = page.locator('.course');
    expect(await courses.count()).toBe(2);
    const links = await courses.locator('h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([
      'https://openclassrooms.com/fr/courses/hygiene',
      'https://openclassrooms.com/en/courses/excel',
    ]);
    expect(await courses.first().locator('dd').allInnerTexts()).toEqual(['Qualité', '1 h 30', 'Facile', 'Français']);
    expect(await courses.nth(1).locator('dd').allInnerTexts()).toEqual(['Office', '45 min', 'Beginner', 'Anglais']);
    expect(await page.locator('#supervisors + ul li').allInnerTexts()).toEqual(['Inès Moreau']);
    await page.close();
  });

  test('a course without a URL links to the platform, an unknown course is left out, a nameless supervisor is not shown', async () => {
    const page = await open('/en/teams/ventes/');
    expect(
      await page.locator('.course h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
    ).toEqual(['https://openclassrooms.com/fr/']);
    expect(await page.locator('#supervisors').count()).toBe(0);
    expect(built.lines).toContain(
      'warn site: suggested course "c-inconnu" is not in the catalogue (teams ventes); it is left out of the team pages',
    );
    await page.close();
  });

  test('the QR code encodes the page’s public URL', async () => {
    const page = await open('/en/teams/brassage/');
    expect(await page.locator('.qr img').getAttribute('alt')).toBe(
      'QR code to https://formation.lumiere.example/en/teams/brassage/',
    );
    // Decode the image as a phone would.
    const png = PNG.sync.read(await page.locator('.qr img').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe('https://formation.lumiere.example/en/teams/brassage/');
    await page.close();
  });

  test('a message holding a script, an onerror image, an iframe and javascript: links is harmless', async () => {
    const page = await open('/fr/equipes/ventes/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.reload();
    const message = page.locator('.message');
    expect(await message.locator('script, iframe, img, [onerror], [onclick]').count()).toBe(0);
    expect(await message.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([null, null]);
    expect(await message.innerText()).toBe('Bonjour cliquez ici');
    expect(dialogs).toEqual([]);
    for (const file of listFiles(built.site).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(built.site, file), 'utf8');
      expect(html, file).not.toMatch(/<script|<iframe|javascript:|\son[a-z]+=|evil\.example/i);
    }
    await page.close();
  });
});

test('the language switcher goes to the same page in the other language', async () => {
  const pairs = [
    ['/fr/', '/en/'],
    ['/fr/equipes/brassage/', '/en/teams/brassage/'],
    ['/fr/kit/', '/en/kit/'],
    ['/fr/faq/', '/en/faq/'],
  ];
  const page = await context.newPage();
  for (const [fr, en] of pairs) {
    await page.goto(site.url + fr);
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English version' }).click();
    expect(new URL(page.url()).pathname).toBe(en);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Version française' }).click();
    expect(new URL(page.url()).pathname).toBe(fr);
  }
  await page.close();
});

test('full-page screenshots for a person to look at (test/site/__screenshots__)', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [name, path, width] of [
    ['landing-fr', '/fr/', 1280],
    ['team-fr', '/fr/equipes/brassage/', 1280],
    ['team-en-mobile', '/en/teams/brassage/', 390],
    ['faq-en', '/en/faq/', 1280],
  ] as const) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(site.url + path);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    // Print stylesheet: the team page as the handout a supervisor would print.
    if (name === 'team-fr') {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.main-nav').isVisible()).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, 'team-fr-print.png'), fullPage: true });
    }
    await page.close();
  }
});

test('the FAQ falls back to the default questions in both languages', async () => {
  const page = await open('/fr/faq/');
  const questions = await page.locator('.faq h2').allInnerTexts();
  expect(questions).toContain('Comment activer ma licence ?');
  expect(await page.locator('.faq a[href="https://openclassrooms.com/fr/activate/lumiere"]').count()).toBe(1);
  await page.goto(`${site.url}/en/faq/`);
  expect(await page.locator('.faq h2').allInnerTexts()).toContain('How do I activate my licence?');
  await page.close();
});

test.each([
  '/fr/',
  '/en/',
  '/fr/equipes/brassage/',
  '/en/teams/ventes/',
  '/fr/kit/',
  '/en/kit/',
  '/fr/faq/',
  '/en/faq/',
])('axe finds no serious or critical violation on %s', async (path) => {
  const page = await open(path);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
  await page.close();
});

test('no internal link of any page is broken (pages, fragments, assets, the redirect)', () => {
  const pages = listFiles(built.site).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBe(1 + 2 * (3 + 3)); // "/", then per language: landing, kit, FAQ and 3 teams
  expect(brokenLinks(built.site)).toEqual([]);
});

test('no member e-mail appears in any file of the site', () => {
  const emails = (built.rows.members ?? []).map((m) => String(m.email).toLowerCase());
  expect(emails.length).toBe(8);
  const found: string[] = [];
  for (const file of listFiles(built.site)) {
    const text = readFileSync(join(built.site, file)).toString('latin1').toLowerCase();
    for (const email of emails) if (text.includes(email)) found.push(`${file}: ${email}`);
  }
  expect(found).toEqual([]);
});

test('pages carry no client-side JavaScript and say their language', () => {
  const files = listFiles(built.site);
  expect(files.filter((f) => f.endsWith('.js'))).toEqual([]);
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const lang = file.startsWith('en/') ? 'en' : 'fr';
    expect(readFileSync(join(built.site, file), 'utf8'), file).toMatch(
      new RegExp(`^<!DOCTYPE html><html lang="${lang}"`),
    );
  }
});
