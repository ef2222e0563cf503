/**
 * The kit page against a fake comms kit (what the kit stage writes before the site stage):
 * files grouped by kind with previews and download links, empty kinds hidden, files that do
 * not exist (or point outside the kit) left out with a warning.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { qrPng } from '../../scripts/brand/qr.ts';
import { buildFixtureSite, type BuiltSite } from './build-site.ts';
import { browseOffline, listFiles } from './serve.ts';

let built: BuiltSite;
let site: Awaited<ReturnType<typeof browseOffline>>;
let context: BrowserContext;

const FILES: Record<string, string | Buffer> = {
  'emails/launch.fr.html': '<p>Lancement</p>',
  'emails/launch.en.html': '<p>Launch</p>',
  'print/flyer.fr.pdf': '%PDF-1.7 fake flyer',
  'calendar.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  'emails/reminder-rd.fr.html': '<p>Relance R&D</p>',
  'emails/reminder-rd.fr.txt': 'Relance R&D',
  'emails/reminder-ventes.fr.html': '<p>Relance Achats</p>',
  'emails/reminder-ventes.fr.txt': 'Relance Achats',
};

/** A per-team file as the kit stage lists it: its team, and the series shown as one card. */
const reminder = (team: string, name: string, ext: string) => ({
  path: `emails/reminder-${team}.fr.${ext}`,
  kind: 'email',
  lang: 'fr',
  title: {
    fr: `Relance d’activation — ${name}${ext === 'txt' ? ' — texte brut' : ''}`,
    en: `Activation reminder — ${name}${ext === 'txt' ? ' — plain text' : ''}`,
  },
  preview: 'emails/reminder.fr.png',
  team: { id: team, name: { fr: name, en: name } },
  series: {
    id: 'emails/reminder.fr',
    title: {
      fr: 'Relances d’activation, une par équipe (français)',
      en: 'Activation reminders, one per team (French)',
    },
  },
});

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'launchkit-site-kit-'));
  const kit = join(out, 'kit');
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(kit, path)), { recursive: true });
    writeFileSync(join(kit, path), content);
  }
  writeFileSync(join(kit, 'emails/launch.fr.png'), await qrPng('preview', 120));
  writeFileSync(join(kit, 'print/flyer.fr.png'), await qrPng('flyer', 120));
  writeFileSync(join(kit, 'emails/reminder.fr.png'), await qrPng('reminder', 120));
  writeFileSync(join(out, 'outside.txt'), 'not part of the kit');
  const manifest = {
    files: [
      {
        path: 'emails/launch.en.html',
        kind: 'email',
        lang: 'en',
        title: { fr: 'E-mail de lancement (anglais)', en: 'Launch e-mail (English)' },
      },
      {
        path: 'emails/launch.fr.html',
        kind: 'email',
        lang: 'fr',
        title: { fr: 'E-mail de lancement', en: 'Launch e-mail (French)' },
        preview: 'emails/launch.fr.png',
      },
      {
        path: 'print/flyer.fr.pdf',
        kind: 'print',
        lang: 'fr',
        title: { fr: 'Flyer A5', en: 'A5 flyer' },
        preview: 'print/flyer.fr.png',
      },
      { path: 'calendar.ics', kind: 'calendar', title: { fr: 'Calendrier du lancement', en: 'Launch calendar' } },
      // Listed by path (rd, ventes); shown by name (Achats, R&D…): "Achats" is the team "ventes" here.
      reminder('rd', 'R&D', 'html'),
      reminder('rd', 'R&D', 'txt'),
      reminder('ventes', 'Achats', 'html'),
      reminder('ventes', 'Achats', 'txt'),
      // Neither of these may appear: one does not exist, the other points outside the kit.
      { path: 'banners/missing.png', kind: 'banner', title: { fr: 'Bannière', en: 'Banner' } },
      { path: '../outside.txt', kind: 'print', title: { fr: 'Dehors', en: 'Outside' } },
    ],
  };
  writeFileSync(join(kit, 'manifest.json'), JSON.stringify(manifest));
  built = await buildFixtureSite({ out });
  site = await browseOffline(built.site);
  ({ context } = site);
});

afterAll(async () => {
  await site?.close();
  if (built) rmSync(built.out, { recursive: true, force: true });
});

test('files are grouped by kind, kinds without a file are hidden, the reader’s language comes first', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/fr/kit/`);
  expect(await page.locator('main h2').allInnerTexts()).toEqual(['E-mails', 'Affiches et flyers', 'Calendrier']);
  expect(await page.locator('#kit-email + ul h3').allInnerTexts()).toEqual([
    'E-mail de lancement',
    'E-mail de lancement (anglais)',
    'Relances d’activation, une par équipe (français)',
  ]);
  await page.goto(`${site.url}/en/kit/`);
  expect(await page.locator('#kit-email + ul h3').allInnerTexts()).toEqual([
    'Launch e-mail (English)',
    'Launch e-mail (French)',
    'Activation reminders, one per team (French)',
  ]);
  expect(await page.locator('#kit-print + ul .meta').innerText()).toBe('Français · PDF · 1 KB');
  mkdirSync(join(import.meta.dirname, '__screenshots__'), { recursive: true });
  await page.screenshot({ path: join(import.meta.dirname, '__screenshots__', 'kit-en.png'), fullPage: true });
  await page.close();
});

test('every download link serves the kit file as written, and previews load', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/en/kit/`);
  const links = await page.locator('a.download').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.map((l) => new URL(l).pathname)).toEqual([
    '/kit/emails/launch.en.html',
    '/kit/emails/launch.fr.html',
    '/kit/print/flyer.fr.pdf',
    '/kit/calendar.ics',
  ]);
  for (const link of links) {
    const response = await page.request.get(link);
    const path = new URL(link).pathname.replace('/kit/', '');
    expect(Buffer.from(await response.body()).equals(Buffer.from(FILES[path])), path).toBe(true);
  }
  const previews = await page
    .locator('.kit-file img')
    .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth));
  expect(previews).toEqual([120, 120, 120]);
  await page.close();
});

test('per-team files are one card per series: its preview, the number of teams, each team once with its links', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/fr/kit/`);
  const card = page.locator('.kit-series');
  expect(await card.count()).toBe(1);
  expect(await card.locator('.meta').innerText()).toBe('Français · 2 équipes');
  expect(await card.locator('details').getAttribute('open')).toBeNull();
  await card.locator('summary').click();
  expect(await card.locator('.kit-teams li > span').allInnerTexts()).toEqual(['Achats', 'R&D']);
  expect(await card.locator('.kit-teams li').count()).toBe(2);
  expect(await card.locator('a.team-download').evaluateAll((as) => as.map((a) => a.firstChild!.textContent))).toEqual([
    'HTML',
    'TXT',
    'HTML',
    'TXT',
  ]);
  const links = await card.locator('a.team-download').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.map((l) => new URL(l).pathname)).toEqual([
    '/kit/emails/reminder-ventes.fr.html',
    '/kit/emails/reminder-ventes.fr.txt',
    '/kit/emails/reminder-rd.fr.html',
    '/kit/emails/reminder-rd.fr.txt',
  ]);
  for (const link of links) {
    const path = new URL(link).pathname.replace('/kit/', '');
    expect(Buffer.from(await (await page.request.get(link)).body()).equals(Buffer.from(FILES[path]!)), path).toBe(true);
  }
  // A screen reader hears which file each short link downloads.
  expect(await card.locator('a.team-download').first().getAttribute('download')).not.toBeNull();
  expect(await card.locator('a.team-download .visually-hidden').first().textContent()).toBe(
    ' : Relance d’activation — Achats',
  );
  await page.close();
});

test('missing files and paths outside the kit are left out with one warning; the manifest is not published', () => {
  expect(built.lines).toContain(
    'warn site: 2 kit file(s) in the manifest do not exist and are left out: banners/missing.png, ../outside.txt',
  );
  const files = listFiles(built.site);
  expect(files.filter((f) => f.startsWith('kit/'))).toEqual([
    'kit/calendar.ics',
    'kit/emails/launch.en.html',
    'kit/emails/launch.fr.html',
    'kit/emails/launch.fr.png',
    'kit/emails/reminder-rd.fr.html',
    'kit/emails/reminder-rd.fr.txt',
    'kit/emails/reminder-ventes.fr.html',
    'kit/emails/reminder-ventes.fr.txt',
    'kit/emails/reminder.fr.png',
    'kit/print/flyer.fr.pdf',
    'kit/print/flyer.fr.png',
  ]);
  expect(files.some((f) => f.includes('outside'))).toBe(false);
  expect(readFileSync(join(built.site, 'fr/kit/index.html'), 'utf8')).not.toContain('Bannière');
});

test.each(['/fr/kit/', '/en/kit/'])(
  'axe finds no serious or critical violation on a filled kit page %s',
  async (path) => {
    const page = await context.newPage();
    await page.goto(site.url + path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.close();
  },
);
